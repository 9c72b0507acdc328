/** Shared tail of every reader: paragraphs through the boilerplate cleaner, then a check there is prose left. */
import { cleanArticleText, type CleanOptions } from './clean.js';
import { isSentenceLike } from './line-shape.js';

export type BodyResult = { ok: true; title?: string; text: string } | { ok: false; reason: string };

/** Cleans paragraph lines; refuses when nothing that reads like prose survives. */
export function cleanBody(lines: readonly string[], options: CleanOptions, emptyReason: string): BodyResult {
  const cleaned = cleanArticleText(lines.join('\n'), options);
  if (!cleaned.paragraphs.some(isSentenceLike)) return { ok: false, reason: emptyReason };
  return {
    ok: true,
    ...(cleaned.title !== undefined ? { title: cleaned.title } : {}),
    text: cleaned.paragraphs.join('\n'),
  };
}
