/**
 * Metadata fields (title, source, URL, author, date) come from untrusted files and end up in
 * e-mail headers and HTML: they are made single-line, trimmed and length-capped here, and URLs
 * other than http(s) are dropped so nothing like `javascript:` can reach a link.
 */
import { normaliseText } from './decode.js';
import { MONTH_NAMES } from '../lexicon/calendar.js';

export const MAX_TITLE_CHARS = 300;
export const MAX_SOURCE_CHARS = 100;
export const MAX_AUTHOR_CHARS = 200;
export const MAX_URL_CHARS = 2048;
export const MAX_DATE_CHARS = 64;

/** Collapses all whitespace (CR/LF included) to single spaces, trims, caps the length. */
export function singleLine(value: string | null | undefined, maxChars: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = normaliseText(value).replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  if (line.length <= maxChars) return line;
  // Cut at a word boundary when there is one not too far back, and say it was cut.
  const cut = line.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** An absolute http(s) URL, normalised by the URL parser; anything else is undefined. */
export function safeUrl(value: string | null | undefined, base?: string): string | undefined {
  const raw = singleLine(value, MAX_URL_CHARS * 2);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // Credentials in a link are a phishing trick and never part of an article's address.
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const href = parsed.href;
  return href.length <= MAX_URL_CHARS ? href : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
// A date with an explicit zone ("Fri, 25 Oct 2024 10:00:00 GMT") parses the same everywhere; one
// without a zone would depend on the machine's time zone, so it is not converted.
const EXPLICIT_ZONE = /(?:\bGMT|\bUTC|\bZ|[+-]\d{2}:?\d{2})$/i;

/** Each month's first three letters, January first (lexicon/calendar.ts). */
const MONTH_PREFIXES: readonly string[] = MONTH_NAMES.map((m) => m.slice(0, 3));
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_PREFIXES.join('|')})[a-z]*\\.?\\s+(\\d{4})\\b`, 'i');

/** False for a day the calendar does not have (February 31st): Date.parse rolls it over into the next month. */
function calendarDay(raw: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  const named = iso ? null : DAY_MONTH_YEAR.exec(raw);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : named
      ? [Number(named[3]), MONTH_PREFIXES.indexOf((named[2] as string).toLowerCase()) + 1, Number(named[1])]
      : [0, 0, 0];
  if (y === 0) return true;
  return m >= 1 && m <= 12 && d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/**
 * ISO 8601 when the value is a recognisable date of the calendar, else undefined (an impossible day is refused,
 * never rolled over). Deterministic: no local time zone.
 */
export function isoDate(value: string | null | undefined): string | undefined {
  const raw = singleLine(value, MAX_DATE_CHARS);
  if (raw === undefined || !calendarDay(raw)) return undefined;
  if (ISO_DATE.test(raw)) {
    const probe = raw.length === 10 ? `${raw}T00:00:00Z` : raw;
    return Number.isNaN(Date.parse(probe)) ? undefined : raw.replace(' ', 'T');
  }
  if (EXPLICIT_ZONE.test(raw)) {
    const ms = Date.parse(raw);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return undefined;
}

/** An author name: single line, "By " dropped, URLs (profile links) and e-mail-only values refused. */
export function cleanAuthor(value: string | null | undefined): string | undefined {
  const line = singleLine(value, MAX_AUTHOR_CHARS)?.replace(/^by\s+/i, '').trim();
  if (line === undefined || line === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(line) || /^www\./i.test(line)) return undefined;
  return line;
}

/**
 * The outlet, in order of trust: what the file says (JSON source, HTML site name), else the first
 * folder under the root (operators drop each outlet's files in its own folder), else the file stem.
 */
export function deriveSource(id: string, declared?: string | null): string {
  const fromFile = singleLine(declared, MAX_SOURCE_CHARS);
  if (fromFile !== undefined) return fromFile;
  const parts = id.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length > 1 && parts[0] !== undefined) return singleLine(parts[0], MAX_SOURCE_CHARS) ?? id;
  const name = parts[parts.length - 1] ?? id;
  const stem = name.replace(/\.[^.]*$/, '');
  return singleLine(stem === '' ? name : stem, MAX_SOURCE_CHARS) ?? id;
}

export function cleanTitle(value: string | null | undefined): string | undefined {
  return singleLine(value, MAX_TITLE_CHARS);
}

/** File extension, lower-case with the dot (".txt"), or "" when there is none. */
export function extensionOf(id: string): string {
  const name = id.split('/').pop() ?? id;
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}
