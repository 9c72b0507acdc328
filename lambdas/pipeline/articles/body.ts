/** Shared tail of every reader: paragraphs through the boilerplate cleaner, then a check there is prose left. */
import { cleanArticleText, type CleanOptions, type RemovedLine } from './clean.js';
import { isSentenceLike } from './line-shape.js';
import { isHeadlineShaped } from './headline.js';

export type BodyResult = { ok: true; title?: string; text: string } | { ok: false; reason: string };

/**
 * Cleans paragraph lines; refuses when nothing survives that reads like prose or like a headline. A report without
 * a sentence of prose is still a report when it has a headline: a wire flash ("Earthquake hits central Italy") or a
 * brief of one headline-shaped line. Its text is then its headline-shaped lines, else its headline.
 */
export function cleanBody(lines: readonly string[], options: CleanOptions, emptyReason: string): BodyResult {
  const cleaned = cleanArticleText(lines.join('\n'), options);
  const title = cleaned.title !== undefined ? { title: cleaned.title } : {};
  if (cleaned.paragraphs.some(isSentenceLike)) return { ok: true, ...title, text: cleaned.paragraphs.join('\n') };
  const brief = briefText(cleaned.paragraphs, cleaned.title) ?? topHeadline(cleaned.removed);
  return brief === null ? { ok: false, reason: emptyReason } : { ok: true, ...title, text: brief };
}

/**
 * The text of a report without prose: its headline-shaped lines, else its headline when that reads as a headline
 * or as a sentence (a wire flash whose title and text are one sentence: the text went as a repeat of the title);
 * null when it has neither.
 */
/**
 * A page whose given title is no headline ("APR 28", a section name) and whose only line is its headline in Title
 * Case ("Obama Administration Restores Protections!") loses that line as a label near the top. The first such
 * label that is headline-shaped is the report, as it would be the headline detected in a text file.
 */
function topHeadline(removed: readonly RemovedLine[]): string | null {
  return removed.find((r) => r.rule === 'top-label' && isHeadlineShaped(r.line))?.line ?? null;
}

function briefText(paragraphs: readonly string[], title: string | undefined): string | null {
  const lines = paragraphs.filter(isHeadlineShaped);
  if (lines.length) return lines.join('\n');
  return title !== undefined && (isHeadlineShaped(title) || isSentenceLike(title)) ? title : null;
}
