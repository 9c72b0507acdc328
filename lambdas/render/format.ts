/**
 * Small text formatters shared by the HTML, text and subject renderers.
 * Pure: every function maps strings/numbers to a string, with no clock and no locale data,
 * so the same digest always renders to the same bytes.
 */
import { trimEndOf } from '../pipeline/text/trim.js';

/** C0/C1 control characters and Unicode line/paragraph separators: none belongs in a rendered line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Zero-width and bidi-override characters can hide or reorder text; an email has no use for them. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Anything cleanLine would change besides normalisation: control, invisible, doubled or edge whitespace. */
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|\s\s|^\s|\s$/;
/** ASCII text is already in NFC. */
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * One line of clean text: control and invisible characters become spaces, runs of whitespace collapse.
 * Article text is untrusted, so every string that reaches the email goes through here first.
 */
export function cleanLine(value: string | null | undefined): string {
  if (value == null) return '';
  // Fast path (most strings, and this runs on every string of the email): nothing to remove or collapse.
  if (!NEEDS_CLEANING.test(value)) return ASCII.test(value) ? value : value.normalize('NFC');
  return value.normalize('NFC').replace(CONTROL, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `max` characters at a word boundary when there is one, ending in "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text; // UTF-16 units are never fewer than code points
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // A word boundary is only worth it when it does not throw away most of the room.
  const head = lastSpace >= cut.length * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${trimEndOf(head, ',;:.-–—', true)}…`;
}

/** "1 story", "2 stories": the count and the right form of the noun. */
export function countOf(n: number, singular: string, plural: string = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

/** 12345 -> "12,345"; written out by hand so the output does not depend on the runtime's ICU data. */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** ["A"] -> "A"; ["A","B"] -> "A and B"; ["A","B","C"] -> "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The first `max` items and, when there are more, "N more" in place of the rest: a list a reader can take in
 * ("A, B, C and 290 more" once joined), however many outlets carried a story.
 */
export function cappedList(items: readonly string[], max: number): string[] {
  return items.length <= max ? [...items] : [...items.slice(0, max), `${(items.length - max).toLocaleString('en-US')} more`];
}

/** The separator that follows item `i` of `n` in a joinList-style list: ", ", " and " or "". */
export function listSeparator(i: number, n: number): string {
  if (i >= n - 1) return '';
  return i === n - 2 ? ' and ' : ', ';
}

/**
 * The URL when it is an absolute http(s) URL, else null. Anything else (javascript:, data:, relative paths,
 * garbage) must never become a link in the email.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** English day and month names from Intl (the calendar's own), read in UTC like the day itself. */
const WEEKDAY_NAME = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
const MONTH_NAME = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** "2024-12-19" -> "Thursday, 19 December 2024". Anything that is not a real date is shown cleaned, as given. */
export function formatDate(isoDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return cleanLine(isoDay);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return cleanLine(isoDay);
  }
  return `${WEEKDAY_NAME.format(date)}, ${day} ${MONTH_NAME.format(date)} ${year}`;
}
