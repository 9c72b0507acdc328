/**
 * The boilerplate cleaner shared by all readers: page text in, article paragraphs (one a line) and
 * the headline out. It classifies each line (boilerplate.ts), applies the cross-line checks, picks
 * the headline among the lines above the first paragraph of prose, and drops short labels.
 */
import { markAddressBlocks } from './boilerplate.js';
import { normaliseText } from './decode.js';
import { isHeadlineShaped } from './headline.js';
import { endsWithTerminal, hasLetterKey, letterKey, wordCount } from './line-shape.js';
import { READ_EACH_LINE, type LineJudge } from './line-memo.js';

export interface CleanOptions {
  /** The title when metadata gives one; then no headline is looked for in the text. */
  title?: string;
  /** Look for a headline among the first lines (text without metadata). */
  detectHeadline: boolean;
  /** What is decided about each line alone (line-memo.ts): a day's LineMemo; default READ_EACH_LINE. */
  lines?: LineJudge;
}

export interface RemovedLine {
  line: string;
  rule: string;
}

export interface CleanResult {
  title?: string;
  paragraphs: string[];
  /** What was dropped and by which rule: for tests and for tuning the rules. */
  removed: RemovedLine[];
}

// Runs of spaces and tabs other than a lone space: replacing every single space by itself was most of the cost.
const SPACE_RUN = /(?: [ \t]|\t)[ \t]*/g;

function tidy(line: string): string {
  return line.replace(SPACE_RUN, ' ').trim();
}

/**
 * Joins hard-wrapped lines of one paragraph (text saved with fixed line width): a line that does not
 * end a sentence followed, in the same block, by a line starting in lower case.
 */
export function unwrapLines(text: string): string[] {
  // Each paragraph as its lines, joined once at the end: the checks read only the paragraph's word count (kept as
  // it grows) and its last line's end, so a paragraph of thousands of wrapped lines is not rescanned per line.
  const out: string[][] = [];
  let words = 0;
  let previousBlank = true;
  for (const raw of text.split('\n')) {
    const line = tidy(raw);
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const parts = out[out.length - 1];
    const end = parts?.[parts.length - 1];
    if (!previousBlank && parts !== undefined && end !== undefined && words >= 4 && !endsWithTerminal(end) && !/:$/.test(end) && /^\p{Ll}/u.test(line)) {
      parts.push(line);
      words += wordCount(line);
    } else {
      out.push([line]);
      words = wordCount(line);
    }
    previousBlank = false;
  }
  return out.map((parts) => parts.join(' '));
}

/**
 * "Headline | Outlet" (copied from a browser tab or a page header): the part after the last pipe
 * is the site's name when it is a few words; headlines themselves do not use pipes.
 */
function withoutSiteSuffix(headline: string): string {
  const at = headline.lastIndexOf(' | ');
  if (at < 0) return headline;
  const head = headline.slice(0, at).trim();
  return wordCount(headline.slice(at + 3)) <= 4 && wordCount(head) >= 3 ? head : headline;
}

/** Cleans page text into paragraphs, finding the headline when asked. */
export function cleanArticleText(text: string, options: CleanOptions): CleanResult {
  // Text from JSON strings and HTML entities never went through the byte decoder's normalisation
  // (a "\u200B" escape, "&nbsp;", "\r\n" inside a JSON string), so it is applied here as well.
  const judge = options.lines ?? READ_EACH_LINE;
  const facts = unwrapLines(normaliseText(text)).map((line) => judge.facts(line));
  const lines = facts.map((f) => f.line);
  const rules: (string | null)[] = [];
  const top: boolean[] = [];
  let inTop = true;
  for (const f of facts) {
    const rule = f.rule(inTop);
    rules.push(rule);
    top.push(inTop);
    if (rule === null && f.startsBody) inTop = false;
  }
  markAddressBlocks(lines, rules);

  let title = options.title;
  if (title === undefined && options.detectHeadline) {
    const at = facts.findIndex((f, i) => top[i] === true && rules[i] === null && !f.startsBody && isHeadlineShaped(f.line));
    if (at >= 0) {
      title = withoutSiteSuffix(lines[at] ?? '');
      rules[at] = 'headline';
    }
  }
  const titleKey = title === undefined ? '' : letterKey(title);

  const paragraphs: string[] = [];
  const removed: RemovedLine[] = [];
  facts.forEach((f, i) => {
    const line = f.line;
    let rule = rules[i] ?? null;
    if (rule === null && titleKey !== '' && hasLetterKey(line, titleKey)) rule = 'repeated-title';
    if (rule === null && f.isShortLabel) rule = top[i] === true ? 'top-label' : 'section-label';
    if (rule !== null) {
      if (rule !== 'headline') removed.push({ line, rule });
      return;
    }
    const kept = f.kept;
    if (kept !== line) removed.push({ line: line.slice(kept.length).trim(), rule: 'credit-line' });
    if (kept !== '') paragraphs.push(kept);
  });
  return { ...(title !== undefined ? { title } : {}), paragraphs, removed };
}
