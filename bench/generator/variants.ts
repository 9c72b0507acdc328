/**
 * More stories than the corpora have events: story variant k>0 of an event is the same kind of event with other
 * people and places (names replaced consistently across all its reports) and other counts (numbers scaled). So a
 * 100k-article day holds thousands of distinct stories, the way a real day's stories share vocabulary but not
 * names, instead of hundreds of copies of one story.
 */
import { createRng, hashSeed } from './prng.js';

const SYLLABLES = ['ka', 'lo', 'ver', 'an', 'mir', 'tas', 'el', 'dor', 'vi', 'sen', 'ru', 'bal', 'os', 'ten', 'ha', 'lin', 'gar', 'ne', 'tor', 'is', 'mon', 'ae', 'ril', 'sto'];

/** Capitalised words that are not names: renaming them would only make noise. */
const KEEP = new Set(
  (
    'The A An And But Or If In On At To Of For By From With As It Its He She They We I You His Her Their Our This That These Those ' +
    'There Here When While After Before Since During Although Despite Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Not No Yes What Who Why How Where One Two'
  ).split(' '),
);

/** A pronounceable made-up name, fixed for (word, variant). */
export function inventedName(word: string, variant: number): string {
  const rng = createRng(hashSeed(`${variant}\u0000${word}`));
  const n = rng.int(2, 3);
  let name = '';
  for (let i = 0; i < n; i++) name += rng.pick(SYLLABLES);
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * Text of story variant `variant` (0 = the real event, unchanged). `names` are the event's names (namesIn over
 * all its reports), so a name is replaced in every report and title even where it only opens a sentence.
 */
export function variantText(text: string, variant: number, names: ReadonlySet<string>): string {
  if (variant === 0) return text;
  const factor = 0.5 + (hashSeed(`factor${variant}`) % 1000) / 666; // 0.5 .. 2.0, the same for the whole story
  return text
    .replace(/\b[A-Z][a-z]{2,}\b/g, (word) => (names.has(word) ? inventedName(word, variant) : word))
    .replace(/(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? |[:.]|\d,?)\b(?:\d{1,3}(?:,\d{3})+|\d+)\b(?![:.]\d)/g, (num) => {
      const value = Number(num.replace(/,/g, ''));
      if (value >= 1900 && value <= 2100 && !num.includes(',')) return num; // a year: keep the calendar sane
      if (value < 10) return num; // small counts and ordinals read wrong when scaled
      // Days of the month after a month name, clock times and decimals are left alone by the lookarounds above.
      return Math.round(value * factor).toLocaleString('en-US');
    });
}

/**
 * Capitalised words seen at least once inside a sentence: names. A word seen only at sentence starts ("Top",
 * "Officials") is an ordinary word and stays.
 */
export function namesIn(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/(?<=([^\s])[ \t]+)[A-Z][a-z]{2,}\b/g)) {
    if (!/[.!?"“”:]/.test(m[1]!) && !KEEP.has(m[0])) names.add(m[0]);
  }
  return names;
}
