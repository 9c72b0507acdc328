/**
 * Numbers that are not figures: dates, times, years, ages, ordinals, labels ("Article 4", "Flight 370"),
 * hyphenated adjectives ("32-month war", "33-year-old"), phone numbers, scores, and numbers inside quoted
 * titles. Each test looks only at the number's immediate neighbours, so it is cheap and explainable.
 */
import { isCapitalised, type FigureToken } from './figure-tokens.js';
import type { ParsedNumber } from './numbers.js';
import { isCountHead } from './heads.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';

const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map(([abbreviation]) => abbreviation)]);

export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** Nouns a number labels rather than counts ("Article 4", "page 3", "No. 5"). */
const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'article', 'articles', 'section', 'clause', 'paragraph', 'chapter', 'title', 'no', 'number', 'page', 'flight',
  'route', 'highway', 'room', 'resolution', 'rule', 'phase', 'level', 'category', 'grade', 'volume', 'vol', 'item',
  'point', 'stage', 'gate', 'apartment', 'suite', 'platform', 'terminal', 'line', 'episode', 'season', 'part',
  'verse', 'figure', 'table', 'amendment', 'protocol', 'annex', 'appendix', 'exhibit', 'game', 'round', 'precinct', 'district', 'ward', 'unit', 'building', 'block', 'lot', 'box', 'channel', 'tier',
  'size', 'model', 'version', 'track', 'lane', 'pier', 'bay', 'floor', 'storey', 'story', 'act', 'scene',
]);

/** Capitalised words that may stand right before a count without making it a label ("About 40", "Some 300"). */
const CAPITALISED_BEFORE_COUNT: ReadonlySet<string> = new Set([
  'about', 'around', 'some', 'nearly', 'almost', 'over', 'more', 'fewer', 'less', 'roughly', 'approximately',
  'at', 'as', 'up', 'only', 'just', 'another', 'an', 'the', 'a', 'all', 'and', 'but', 'those', 'these', 'of',
  'with', 'while', 'when', 'after', 'before', 'than', 'by', 'estimated', 'close', 'upwards', 'no', 'under',
]);

/** Prepositions that put a bare four-digit number in time ("in 2014", "since 1990"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'before', 'after', 'during', 'through', 'throughout', 'circa', 'early', 'late', 'mid']);

/** Words before a bare four-digit number that make it an estimate rather than a year. */
const YEAR_COUNT_BEFORE: ReadonlySet<string> = new Set(['than', 'least', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'approximately', 'roughly', 'estimated', 'many', 'killed', 'killing']);

const TIME_ZONES: ReadonlySet<string> = new Set(['gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'msk', 'hrs', 'h']);

function isPunct(t: FigureToken | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

/** Character ranges of quoted titles: short quotations whose words are mostly capitalised ("“The 39 Steps”"). */
export function quotedTitleRanges(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of sentence.matchAll(/[“"]([^“”"]{1,80})[”"]/g)) {
    const ws = m[1]!.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w));
    if (ws.length === 0 || ws.length > 8) continue;
    const content = ws.filter((w) => !/^(of|the|a|an|and|in|on|to|for|at)$/.test(w));
    const caps = content.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (content.length > 0 && caps / content.length >= 0.75) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * Why the number at [n.first, n.end) is not a figure, or null when it may be one. `titles` comes from
 * quotedTitleRanges() of the same sentence.
 */
export function notFigureReason(
  toks: readonly FigureToken[],
  n: ParsedNumber,
  titles: ReadonlyArray<[number, number]>,
): string | null {
  if (n.gluedNonCount) return n.gluedNonCount;
  const first = toks[n.first]!;
  const last = toks[n.end - 1]!;
  const prev = toks[n.first - 1];
  const prev2 = toks[n.first - 2];
  const next = toks[n.end];
  const next2 = toks[n.end + 1];

  if (titles.some(([a, b]) => first.start >= a && last.end <= b)) return 'quoted title';

  // Digits glued to ":" "/" "-" "." or another number: times, dates, scores, ranges, phone numbers, versions.
  if (n.digits) {
    if (prev && !first.spaceBefore && isPunct(prev, ':/-–.+#') ) return 'joined to other digits';
    if (next && !next.spaceBefore && isPunct(next, ':/-–.') && next2?.kind === 'num' && !next2.spaceBefore) return 'joined to other digits';
    if (isPunct(prev, '#')) return 'label';
  }
  if (isPunct(prev, '(') && isPunct(next, ')')) return 'parenthesised';

  // "33-year-old", "32-month war", "five-day": a hyphenated adjective, not a count ("-strong" is handled by the caller).
  if (next && isPunct(next, '-‑') && !next.spaceBefore && next2?.kind === 'word' && !next2.spaceBefore) {
    if (next2.lower !== 'strong' && next2.lower !== 'magnitude') return 'hyphenated adjective';
  }

  // Dates: a month name right before ("Oct. 24", "October 24") or after ("24 October", "24th of October").
  const monthBefore = (t: FigureToken | undefined): boolean => t !== undefined && isCapitalised(t) && MONTHS.has(t.lower);
  if (monthBefore(prev) || (isPunct(prev, '.') && monthBefore(prev2))) return 'date';
  if (monthBefore(next) || (next?.lower === 'of' && monthBefore(next2))) return 'date';

  // Times: "5 p.m.", "5pm", "14 GMT", "ten o'clock".
  if (next && (TIME_ZONES.has(next.lower) && isCapitalised(next) || /^(am|pm|o'clock)$/.test(next.lower)
    || ((next.lower === 'a' || next.lower === 'p') && isPunct(next2, '.')))) return 'time';

  // Ages: "aged 33", "age 33", "33 years old" (the last is also caught as a duration).
  if (prev && /^(aged|age|ages)$/.test(prev.lower)) return 'age';

  // Years: a bare four-digit number in 1000-2100, unless it plainly counts something ("2000 people").
  const value = n.value;
  if (n.digits && n.end === n.first + 1 && /^\d{4}$/.test(first.text) && value !== null && value >= 1000 && value <= 2100) {
    // News style writes counts of a thousand or more with separators, so a bare "2014" is a year unless an
    // estimate word before it ("some 2000 people") and a counted noun after it both say otherwise.
    const counts = next?.kind === 'word' && isCountHead(next.text) && !isCapitalised(next);
    const estimated = prev !== undefined && YEAR_COUNT_BEFORE.has(prev.lower);
    if (!counts || !estimated || TIME_PREPOSITIONS.has(prev.lower)) return 'year';
  }

  // Labels: "Article 4", "article 4", "No. 5", "Boeing 737 jets" (a capitalised name right before the number).
  const labelWord = isPunct(prev, '.') ? prev2 : prev;
  if (labelWord && labelWord.kind === 'word' && LABEL_NOUNS.has(labelWord.lower)) return 'label';
  // Only mid-sentence: a capital at the sentence start is just the start ("Exactly 312 volunteers").
  if (prev && n.first >= 2 && isCapitalised(prev) && first.spaceBefore && !CAPITALISED_BEFORE_COUNT.has(prev.lower)
    && !WEEKDAYS.has(prev.lower)) return 'label';
  return null;
}
