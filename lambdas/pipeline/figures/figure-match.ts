/**
 * When two sentences state the same figure: the same value of the same thing counted. The statement merge asks it
 * (statements/match.ts): two reports giving "at least 540 ballots were set aside" and "540 ballots were wrongly set
 * aside" tell one fact in their own words. disputes.ts asks the value half of it (sameValue).
 */
import type { Quantity } from './quantities.js';
import { HEADLESS_KEY } from './quantity-words.js';

/** A figure with a value and a key (what it counts). */
export type ReadFigure = Quantity & { value: number; key: string };

/** The figures of a text that have a value and say what they count (vague amounts and bare numbers left out). */
export function readFigures(quantities: (text: string) => readonly Quantity[], text: string): ReadFigure[] {
  return quantities(text).filter((q): q is ReadFigure => !q.vague && q.value !== null && q.key !== null);
}

/**
 * Two numbers count the same thing: the same kind, unit and measure, and the same counted noun (heads.ts folds
 * equivalent nouns into one key) or no noun on one side ("held barely 22 percent": only the unit says what).
 */
export function sameThing(x: ReadFigure, y: ReadFigure): boolean {
  if (!sameKind(x, y)) return false;
  return x.key === y.key || x.key.endsWith(`:${HEADLESS_KEY}`) || y.key.endsWith(`:${HEADLESS_KEY}`);
}

/** The same value, or within `tolerance` (relative) when one of them is approximate ("about 300" and "312"). */
export function sameValue(a: Pick<Quantity, 'approximate'> & { value: number }, b: Pick<Quantity, 'approximate'> & { value: number }, tolerance: number): boolean {
  return a.value === b.value || ((a.approximate || b.approximate) && Math.abs(a.value - b.value) <= tolerance * Math.max(a.value, b.value));
}

/**
 * A figure specific enough to identify a fact when two reports state it: an amount with a unit (money, percent,
 * tonnes) or a count of ten or more. "Three people" recurs by chance in any story; "540 ballots" does not.
 */
export function isSpecific(q: ReadFigure): boolean {
  return q.kind !== 'count' || q.value >= 10;
}

/**
 * Do two texts state the same figures? Every figure of the text with fewer of them is stated by the other (the
 * same thing counted, the same value within `tolerance`), and at least one of them is specific. The other text may
 * say more ("the true fee is 21 million euros, not the 18 million Miravent claim" states "paid 21 million euros").
 */
export function statesSameFigures(a: readonly ReadFigure[], b: readonly ReadFigure[], tolerance: number): boolean {
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  if (few.length === 0 || !few.some(isSpecific)) return false;
  if (few.length === 1 && many.length === 1 && sameLargeNumber(few[0]!, many[0]!)) return true;
  return few.every((x) => many.some((y) => sameThing(x, y) && sameValue(x, y, tolerance)));
}

/**
 * One figure each, the same number exactly, of one kind, unit and measure, and a large one: outlets counting one
 * thing in other nouns ("1,150 posts will go" / "the number of jobs going at 1,150", "half a million homes" /
 * "500,000 households") agree on the number to the unit. Small counts recur by chance ("40 boats").
 */
function sameLargeNumber(x: ReadFigure, y: ReadFigure): boolean {
  return sameKind(x, y) && x.value === y.value && (x.kind !== 'count' || x.value >= 100);
}

/** The same kind, unit and measure: a count against a count, euros against euros, a total against a total. */
function sameKind(x: ReadFigure, y: ReadFigure): boolean {
  return x.kind === y.kind && x.unit === y.unit && x.measure === y.measure;
}
