/**
 * The soft word alignment behind the wordAlignF feature, the one the graded score leans on most (grade.ts): the
 * share of one text's words, weighted by word-list rarity, that the other text covers with the same word, a
 * synonym, a derivation or a near spelling.
 */
import { diceOf } from './measures.js';
import type { TextProfile } from './profile.js';
import type { SideMarks } from './side-marks.js';

/**
 * How much each kind of match covers. Part of what the paraphrase weights were trained on (eval/train-compare.ts,
 * eval/train-grade.ts): change them only with the weights.
 */
export const DEFAULT_WORD_ALIGNMENT = {
  /** Credit of the same synonym class, or of the same 5-letter prefix (a derivation Porter leaves apart). */
  sameConcept: 0.8,
  /** A word shorter than this never matches by prefix (the prefix would be the whole word). */
  prefixMinLength: 5,
  /** Credit of a near spelling: this times the two words' trigram Dice... */
  nearSpelling: 0.7,
  /** ...when the Dice reaches this (below it two words are not spellings of one word)... */
  nearSpellingMinDice: 0.5,
  /** ...and their lengths differ by at most this. */
  nearSpellingMaxLengthDiff: 3,
} as const;

/** Shared elements of two sorted id arrays. */
function sortedIntersection(x: Int32Array, y: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const u = x[i]!;
    const v = y[j]!;
    if (u < v) i++;
    else if (u > v) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * Share of a's words (stop words included, by word-list rarity) that b covers: same stem 1, same synonym class
 * or 5-letter prefix 0.8, a near spelling ("Zelensky" / "Zelenskyy", "headscarf" / "scarf") 0.7 x its trigram Dice.
 * b must be marked in `marks` (SideMarks.mark).
 */
export function wordAlignment(a: TextProfile, b: TextProfile, marks: SideMarks): number {
  if (a.wordRareSum === 0) return 0;
  const { sameConcept, prefixMinLength, nearSpelling, nearSpellingMinDice, nearSpellingMaxLengthDiff: maxLengthDiff } =
    DEFAULT_WORD_ALIGNMENT;
  let covered = 0;
  for (let k = 0; k < a.slots.length; k++) {
    const x = a.slots[k]!;
    let best = 0;
    if (marks.stems.has(x.id)) best = 1;
    else if (marks.concepts.has(x.concept)) best = sameConcept;
    // A shared 5-letter prefix is a derivation Porter leaves apart (decide / decision): as good as a synonym.
    else if (x.length >= prefixMinLength && marks.prefixes.has(x.prefix)) best = sameConcept;
    else {
      // Only words with the same first character can qualify: b's run of them (max is order-free).
      const initials = b.slotInitials;
      const ys = b.slotsByInitial;
      let lo = 0;
      let hi = initials.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (initials[mid]! < x.initial) lo = mid + 1;
        else hi = mid;
      }
      for (let m = lo; m < initials.length && initials[m] === x.initial; m++) {
        const y = ys[m]!;
        if (Math.abs(y.length - x.length) > maxLengthDiff) continue;
        const d = diceOf(sortedIntersection(x.trigrams, y.trigrams), x.trigrams.length, y.trigrams.length);
        if (d >= nearSpellingMinDice && nearSpelling * d > best) best = nearSpelling * d;
      }
    }
    covered += a.slotRare[k]! * best;
  }
  return covered / a.wordRareSum;
}
