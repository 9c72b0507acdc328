/**
 * What a number counts: recognising the head noun of a counted phrase and normalising it, so that outlets
 * writing "troops", "soldiers" or "forces" for the same people land in the same bucket.
 */
import { PORTER, type Stemmer } from '../text/tokens.js';

/**
 * Words that mean the same counted thing in news reports. Kept deliberately small: every entry merges
 * quantities that would otherwise never be compared, so a loose entry makes false disputes.
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  troops: 'troops', troop: 'troops', soldiers: 'troops', forces: 'troops', servicemen: 'troops',
  servicemembers: 'troops', personnel: 'troops', force: 'troops', contingent: 'troops',
  people: 'people', persons: 'people', individuals: 'people',
  dead: 'dead', killed: 'dead', deaths: 'dead', fatalities: 'dead', died: 'dead', toll: 'dead', lives: 'dead',
  injured: 'injured', wounded: 'injured', injuries: 'injured', hurt: 'injured',
  missing: 'missing',
  homes: 'homes', houses: 'homes', dwellings: 'homes',
  children: 'children', kids: 'children',
  drones: 'drones', uavs: 'drones',
}));

/** Plural or collective nouns that do not end in a plural "s". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'deer', 'fish',
  'crew', 'dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'died', 'feet', 'teeth', 'mice', 'geese',
  'aircraft', 'livestock', 'militia', 'clergy',
]);

/** Plural-looking words that stand for a noun named elsewhere ("two others") or are not nouns. */
const PRONOUN_PLURALS: ReadonlySet<string> = new Set(['others', 'ones', 'yours', 'ours', 'theirs', 'hers', 'always', 'perhaps', 'besides', 'towards', 'afterwards', 'sometimes', 'whereas', 'unless', 'news', 'series', 'species', 'means', 'politics', 'economics', 'ties']);

const SINGULAR_MEN: ReadonlySet<string> = new Set(['specimen', 'abdomen', 'regimen', 'omen', 'stamen', 'amen', 'hymen', 'yemen', 'carmen']);

/** Singular "s"-words that look plural. */
const NOT_PLURAL_ENDINGS = /(?:ss|us|is|ous|'s|’s)$/;

/** Units of time: a number of them is a duration, age or frequency, never a figure we compare. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'centuries', 'times', 'time', 'night', 'nights', 'weekend',
  'weekends', 'am', 'pm', 'a.m', 'p.m', 'o\'clock', 'yrs', 'hrs', 'mins', 'secs',
]);

/** Could this word be the head of a counted phrase ("troops", "people", "dead")? */
export function isCountHead(text: string): boolean {
  const lower = text.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  // "fishermen", "servicemen", "policewomen".
  if (/men$/.test(lower) && !SINGULAR_MEN.has(lower) && /^\p{L}+$/u.test(lower)) return true;
  if (lower.length < 3 || !lower.endsWith('s')) return false;
  if (NOT_PLURAL_ENDINGS.test(lower) || PRONOUN_PLURALS.has(lower)) return false;
  // All-capital acronyms ending in S ("BRICS", "NATS") are names, not plurals; "UAVs" is a plural.
  if (/^[\p{Lu}\d]+$/u.test(text)) return false;
  return /^\p{L}[\p{L}'-]*$/u.test(text);
}

/** The bucket a head noun falls into: its synonym class, else its stem. */
export function headKey(head: string, stems: Stemmer = PORTER): string {
  const lower = head.toLowerCase();
  return SYNONYMS.get(lower) ?? stems.stem(lower);
}

/** Heads that count people, whose counts also differ by what happened to them (killed, injured...). */
export function countsPeople(key: string): boolean {
  return key === 'people' || key === 'civilian' || key === 'resid' || key === 'passeng' || key === 'children';
}
