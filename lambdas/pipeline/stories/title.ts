/**
 * A story's title: the real headline that best represents the story — the article title closest to the centroid
 * of the story's texts — skipping titles that are not headlines (datelines, timestamps, site names, navigation).
 * With no usable title, the first sentence of the most central article, shortened.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../lexicon/calendar.js';
import type { Article } from '../model.js';
import { splitSentences } from '../text/sentences.js';
import { contentStems, PORTER, words, type Stemmer } from '../text/tokens.js';
import { cosine } from '../text/term-vector.js';
import { trimEndOf } from '../text/trim.js';
import { DAY_MEMO_LIMITS, RepeatCache } from '../bounded-cache.js';

const MAX_TITLE_CHARS = 100;
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 30;
/** Words that make a line page furniture rather than a headline, whatever the site. */
const FURNITURE: ReadonlySet<string> = new Set(
  (
    'advertisement subscribe subscription newsletter cookie cookies login sign-in signin register menu homepage ' +
    'skip navigation share tweet comments loading javascript privacy updated published posted copyright'
  ).split(' '),
);
/** Multi-word page furniture. */
const FURNITURE_PHRASE = /\b(sign (in|up)|log (in|out)|read more|click here|all rights reserved|terms of (use|service)|follow us|breaking news|most (read|popular))\b/i;
const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map(([abbreviation]) => abbreviation)]);
const WEEKDAYS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS]);
const TIME_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'bst', 'cet', 'ist', 'et']);

/** Drops a trailing " | Site" or " - Site" part when the headline before it stands on its own. */
export function stripSiteSuffix(title: string): string {
  const m = /^(.*\S)\s+[|–—-]\s+[^|–—-]{2,40}$/u.exec(title.trim());
  if (m && words(m[1] as string).length >= MIN_HEADLINE_WORDS) return (m[1] as string).trim();
  return title.trim();
}

/**
 * True when a line reads like a headline: a few words, mostly not dates, times or numbers, with no page-furniture
 * word, not shouting a site name in capitals only, and not ending like a sentence fragment.
 */
export function looksLikeHeadline(title: string, stems: Stemmer = PORTER): boolean {
  const ws = words(title);
  if (ws.length < MIN_HEADLINE_WORDS || ws.length > MAX_HEADLINE_WORDS) return false;
  if (ws.some((w) => FURNITURE.has(w)) || FURNITURE_PHRASE.test(title)) return false;
  const datey = ws.filter((w) => /\d/.test(w) || MONTHS.has(w) || WEEKDAYS.has(w) || TIME_WORDS.has(w)).length;
  if (datey * 2 >= ws.length) return false;
  if (/https?:\/\/|www\.|@|\.com\b/i.test(title)) return false;
  return contentStems(title, stems).length >= 2;
}

function bag(text: string, stems: Stemmer): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of contentStems(text, stems)) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

/**
 * bag(text), summed from each line's (words never span a line end), in the order stems first occur; `lineBags` answers
 * for the lines it remembers, the others are counted here. A text with no remembered line is counted whole.
 */
function bagOfLines(text: string, stems: Stemmer, lineBags: LineBags): Map<string, number> {
  const lines = text.split('\n');
  const known = lineBags.knownEach(lines);
  if (!known) return bag(text, stems);
  const m = new Map<string, number>();
  lines.forEach((line, i) => {
    for (const [k, v] of known[i] ?? bag(line, stems)) m.set(k, (m.get(k) ?? 0) + v);
  });
  return m;
}

/**
 * The stem counts of each repeated line, remembered for one day and one stemmer: a story's centroid reads every
 * article, and a big story reprints the same paragraphs hundreds of times. Bounded (DAY_MEMO_LIMITS.lines).
 */
export class LineBags {
  private readonly lines: RepeatCache<Map<string, number>>;

  constructor(stems: Stemmer) {
    this.lines = new RepeatCache((line) => bag(line, stems), DAY_MEMO_LIMITS.lines);
  }

  /** RepeatCache.knownEach over a text's lines. */
  knownEach(lines: readonly string[]): (ReadonlyMap<string, number> | undefined)[] | null {
    return this.lines.knownEach(lines);
  }
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t.replace(/[.;:,]$/, '');
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return trimEndOf(space > max / 2 ? cut.slice(0, space) : cut, ',;:.-', true) + '…';
}

/**
 * A headline for a story (its articles in story order). Deterministic; '' only when no article has any text.
 * `lineBags`: a day's LineBags (the same title either way). `takesSide`, when given, tells a headline that states one side of a disputed figure ("About 1,200 residents
 * evacuated" when outlets give 1,200 and 2,000): such a headline is used only when every other one does too.
 */
export function storyTitle(
  articles: readonly Article[],
  stems: Stemmer = PORTER,
  takesSide?: (headline: string) => boolean,
  lineBags?: LineBags,
): string {
  const centroid = new Map<string, number>();
  // Reprints share their text: each distinct one is tokenised once.
  const bagOf = new Map<string, Map<string, number>>();
  const bags = articles.map((a) => {
    const text = `${a.title ?? ''}\n${a.text}`;
    return bagOf.get(text) ?? bagOf.set(text, lineBags ? bagOfLines(text, stems, lineBags) : bag(text, stems)).get(text)!;
  });
  for (const b of bags) {
    let norm = 0;
    for (const v of b.values()) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    // Unit-length contributions: a long article must not outvote the others.
    for (const [k, v] of b) centroid.set(k, (centroid.get(k) ?? 0) + v / norm);
  }
  let best: { text: string; score: number } | undefined;
  let sided: { text: string; score: number } | undefined;
  for (const a of articles) {
    if (!a.title) continue;
    const title = stripSiteSuffix(a.title.replace(/\s+/g, ' '));
    if (!looksLikeHeadline(title, stems)) continue;
    const score = cosine(bag(title, stems), centroid);
    if (takesSide?.(title)) {
      if (!sided || score > sided.score) sided = { text: title, score };
    } else if (!best || score > best.score) best = { text: title, score };
  }
  best ??= sided;
  if (best) return shorten(best.text, MAX_TITLE_CHARS);

  // No real headline: the lead sentence of the article closest to the centroid.
  let lead: { text: string; score: number } | undefined;
  articles.forEach((a, i) => {
    const first = splitSentences(a.text).find((s) => contentStems(s, stems).length >= 3);
    if (!first) return;
    const score = cosine(bags[i] as Map<string, number>, centroid);
    if (!lead || score > lead.score) lead = { text: first, score };
  });
  if (lead) return shorten(lead.text, MAX_TITLE_CHARS);
  const any = articles.find((a) => a.text.trim() || a.title?.trim());
  return any ? shorten((any.title ?? any.text).trim(), MAX_TITLE_CHARS) : '';
}
