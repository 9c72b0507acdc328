/**
 * Recognising one number in a token stream: digits ("3,000", "1.5 million", "$2.5bn"), number words
 * ("three", "twenty-five", "a dozen", "two hundred") and vague plurals ("thousands of") that name an order of
 * magnitude but no value. Only the number itself; what it counts is decided in quantities.ts.
 */
import { digitValue, type FigureToken } from './figure-tokens.js';

// Maps, not object literals: a word from an article must never find an inherited property ("constructor").
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
}));

const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
}));

/** Scale suffixes glued to digits ("10k", "2.5bn", "5m"). */
const GLUED_SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 }));

/** Plurals that say "many" without a value: "thousands of", "dozens of", "tens of thousands of". */
const VAGUE_PLURALS: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'scores', 'tens']);

/**
 * Could a number start anywhere in this text? Every number parseNumberAt finds has a digit or a number word
 * (a unit, scale or vague plural, standing alone as a word, in any case); a text with neither has none, and
 * need not be tokenised at all. Most sentences of a day have neither.
 */
export function mayHoldNumber(text: string): boolean {
  return MAY_HOLD_NUMBER.test(text);
}
const MAY_HOLD_NUMBER = new RegExp(
  String.raw`\d|(?<![\p{L}\p{N}])(?:` +
    [...UNITS.keys(), ...SCALES.keys(), 'dozen', 'half', ...VAGUE_PLURALS].join('|') +
    String.raw`)(?![\p{L}\p{M}\p{N}])`,
  'iu',
);

export interface ParsedNumber {
  /** The value; null for vague amounts. */
  value: number | null;
  /** Token range [first, end) of the number, including its scale word. */
  first: number;
  end: number;
  /** "thousands of" and the like. */
  vague: boolean;
  /** Written with digits (as opposed to words). */
  digits: boolean;
  /** Something glued to the digits that makes it no count at all: an ordinal ("3rd") or a decade ("1990s"). */
  gluedNonCount?: 'ordinal' | 'decade';
}

/** Value of one number word, including hyphenated compounds ("twenty-five"); null when not one. */
function wordValue(lower: string): number | null {
  const direct = UNITS.get(lower);
  if (direct !== undefined) return direct;
  if (!lower.includes('-')) return null;
  const parts = lower.split('-');
  if (parts.length === 2) {
    const tens = UNITS.get(parts[0] ?? '');
    const unit = UNITS.get(parts[1] ?? '');
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10) return tens + unit;
  }
  return null;
}

function isNumberWord(lower: string): boolean {
  return wordValue(lower) !== null || SCALES.has(lower) || lower === 'dozen';
}

/** Parse a number written with words starting at toks[i]; null when none starts there. */
function parseWords(toks: readonly FigureToken[], i: number): ParsedNumber | null {
  let k = i;
  let total = 0;
  let current = 0;
  let seen = 0;
  // "a thousand", "a dozen": the article stands for one, but only before a scale word.
  const first = toks[k];
  if (first && (first.lower === 'a' || first.lower === 'an')) {
    const next = toks[k + 1]?.lower ?? '';
    if (!SCALES.has(next) && next !== 'dozen') return null;
    current = 1;
    k++;
  }
  for (; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') break;
    const v = wordValue(t.lower);
    if (v !== null) {
      current += v;
    } else if (t.lower === 'hundred') {
      current = (current || 1) * 100;
    } else if (t.lower === 'dozen') {
      current = (current || 1) * 12;
    } else if (SCALES.has(t.lower)) {
      total += (current || 1) * (SCALES.get(t.lower) ?? 1);
      current = 0;
    } else if (t.lower === 'and' && seen > 0 && wordValue(toks[k + 1]?.lower ?? '') !== null) {
      continue; // "two hundred and fifty"
    } else {
      break;
    }
    seen++;
  }
  if (seen === 0) return null;
  // A lone "one" is far more often a pronoun or determiner ("one of them", "one day") than a count.
  if (seen === 1 && k === i + 1 && toks[i]!.lower === 'one') return null;
  return { value: total + current, first: i, end: k, vague: false, digits: false };
}

/** Parse the number starting at toks[i], or null. */
export function parseNumberAt(toks: readonly FigureToken[], i: number): ParsedNumber | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'num') {
    let value = digitValue(t.text);
    let end = i + 1;
    const glued = toks[i + 1];
    if (glued && glued.kind === 'word' && !glued.spaceBefore) {
      const g = glued.lower;
      if (/^(st|nd|rd|th)$/.test(g)) return { value, first: i, end: i + 2, vague: false, digits: true, gluedNonCount: 'ordinal' };
      if (g === 's' || g === "'s") return { value, first: i, end: i + 2, vague: false, digits: true, gluedNonCount: 'decade' };
      const scale = GLUED_SCALES.get(g);
      if (scale !== undefined) return { value: value * scale, first: i, end: i + 2, vague: false, digits: true };
    }
    const scaleWord = toks[end];
    if (scaleWord && scaleWord.kind === 'word' && scaleWord.spaceBefore && SCALES.has(scaleWord.lower)) {
      value *= SCALES.get(scaleWord.lower) ?? 1;
      end++;
    } else if (scaleWord?.lower === 'dozen') {
      value *= 12;
      end++;
    }
    return { value, first: i, end, vague: false, digits: true };
  }
  if (t.kind !== 'word') return null;
  if (t.lower === 'half') {
    // "half a million", "half a dozen": half of the scale after the article.
    const scale = toks[i + 2]?.lower ?? '';
    const times = scale === 'dozen' ? 12 : SCALES.get(scale);
    if (/^an?$/.test(toks[i + 1]?.lower ?? '') && times !== undefined) return { value: times / 2, first: i, end: i + 3, vague: false, digits: false };
    return null;
  }
  if (VAGUE_PLURALS.has(t.lower)) {
    // "thousands of", "tens of thousands of": vague only when followed by "of" (else "thousands" may be a noun).
    let k = i + 1;
    while (toks[k]?.lower === 'of' && VAGUE_PLURALS.has(toks[k + 1]?.lower ?? '')) k += 2;
    if (toks[k]?.lower === 'of') return { value: null, first: i, end: k + 1, vague: true, digits: false };
    return null;
  }
  if (!isNumberWord(t.lower) && t.lower !== 'a' && t.lower !== 'an') return null;
  return parseWords(toks, i);
}
