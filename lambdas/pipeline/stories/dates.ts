/**
 * An article's date signature: the weekdays, months and years its text names. Two reports of one event name the
 * same day ("on Saturday", "Nov 11, 2011"); two similar events of one topic (another arrest, another heist) almost
 * always happened on other days, even when every other word is shared. The signature is a separate channel from
 * the bag of words: a clash of dates is evidence against a merge however similar the vocabulary is.
 */
import type { Article, PlanningInput } from '../model.js';
import { unitVector, type SparseVector } from './vectors.js';
import { LocalIds } from '../text/local-ids.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';

/** Month abbreviations as printed in datelines ("Nov 11", "Sept. 3"); index into MONTH_NAMES. */
const MONTH_OF_ABBREVIATION: ReadonlyMap<string, number> = new Map(MONTH_ABBREVIATIONS);

const WEEKDAY = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/giu;
/**
 * A capitalised month name, or an abbreviation directly next to a day number. "May" and "March" are also a verb
 * and a noun, so a month counts only when written with a capital and beside a number (a day or a year).
 */
const MONTH_DATE = /\b(\p{Lu}[a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(\p{Lu}[a-zA-Z]{2,8})\b|\b(\p{Lu}[a-z]{2,8})\.?,?\s+((?:19|20)\d\d)\b/gu;
/** A plausible calendar year, not part of a longer number, an amount ("$2010") or a range of ids. */
const YEAR = /(?<![\d$€£.,-])\b(19[5-9]\d|20\d\d)\b(?![.,]?\d)/gu;

/** Month index of a token, or undefined when it is no month. */
function monthOf(token: string): number | undefined {
  const t = token.toLowerCase();
  const full = MONTH_NAMES.indexOf(t);
  if (full >= 0) return full;
  return MONTH_OF_ABBREVIATION.get(t);
}

/**
 * Date tokens with counts: `wd:saturday`, `mo:11` (month number, 1-12), `yr:2011`. Title and text both count.
 * Deterministic, linear in the text length.
 */
export function dateSignature(article: Pick<Article, 'title' | 'text'>): Map<string, number> {
  const text = ((article.title ? article.title + '\n' : '') + article.text).normalize('NFKC');
  const out = new Map<string, number>();
  const add = (k: string) => out.set(k, (out.get(k) ?? 0) + 1);
  for (const m of text.matchAll(WEEKDAY)) {
    const day = `${(m[1] as string).toLowerCase()}day`;
    if (WEEKDAY_NAMES.includes(day)) add(`wd:${day}`);
  }
  for (const m of text.matchAll(MONTH_DATE)) {
    const name = (m[1] ?? m[4] ?? m[5]) as string;
    const month = monthOf(name);
    if (month !== undefined) add(`mo:${month + 1}`);
  }
  for (const m of text.matchAll(YEAR)) add(`yr:${m[1] as string}`);
  return out;
}

export type DateKind = 'weekday' | 'month' | 'year';
const KIND_OF_PREFIX: Record<string, DateKind> = { wd: 'weekday', mo: 'month', yr: 'year' };

/**
 * Unit date-signature vectors per kind (weekdays, months, years), one per article in input order; a vector is
 * empty when the article names no date of that kind. Kinds stay apart because only like can clash with like:
 * a report that says "Thursday" and one that says "Nov 11, 2011" may well agree.
 */
export function buildDateChannels(
  articles: readonly Pick<Article, 'title' | 'text'>[],
  inputs?: readonly (PlanningInput | undefined)[],
): Record<DateKind, SparseVector[]> {
  const out: Record<DateKind, SparseVector[]> = { weekday: [], month: [], year: [] };
  const ids = new LocalIds();
  articles.forEach((a, i) => {
    const entries: Record<DateKind, [number, number][]> = { weekday: [], month: [], year: [] };
    for (const [key, count] of inputs?.[i]?.dates ?? dateSignature(a)) {
      const id = ids.id(key);
      entries[KIND_OF_PREFIX[key.slice(0, 2)] as DateKind].push([id, 1 + Math.log(count)]);
    }
    for (const kind of ['weekday', 'month', 'year'] as const) out[kind].push(unitVector(entries[kind]));
  });
  return out;
}

