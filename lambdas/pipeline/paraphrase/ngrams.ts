/**
 * BLEU-style n-gram precision (the bleu* features): clipped matches of word n-grams, n = 1..4, counted by merging
 * the two texts' n-gram orders (TextProfile.ngramOrder), and the smoothed geometric mean of the precisions.
 */
import type { TextProfile } from './profile.js';

/** Smoothed BLEU-4 precision part (no brevity penalty: lengthRatio carries that) from the four precisions. */
export function geometricMean(precisions: readonly number[]): number {
  let logSum = 0;
  for (const p of precisions) logSum += Math.log(p);
  return Math.exp(logSum / precisions.length);
}

/** Compares the n-grams starting at positions i of a and j of b (both have n words ahead). */
function compareGrams(a: Int32Array, i: number, b: Int32Array, j: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const d = a[i + k]! - b[j + k]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Clipped n-gram matches (BLEU): over the n-grams both texts have, the smaller of the two counts. One merge of
 * the two n-gram orders (TextProfile.ngramOrder), skipping positions with fewer than n words ahead.
 */
export function ngramMatches(a: TextProfile, b: TextProfile, n: number): number {
  const oa = a.ngramOrder;
  const ob = b.ngramOrder;
  const sa = a.stems;
  const sb = b.stems;
  const lastA = sa.length - n;
  const lastB = sb.length - n;
  let i = 0;
  let j = 0;
  let hit = 0;
  for (;;) {
    while (i < oa.length && oa[i]! > lastA) i++;
    while (j < ob.length && ob[j]! > lastB) j++;
    if (i >= oa.length || j >= ob.length) return hit;
    const pa = oa[i]!;
    const pb = ob[j]!;
    const d = compareGrams(sa, pa, sb, pb, n);
    if (d < 0) i++;
    else if (d > 0) j++;
    else {
      // Run lengths of this n-gram on both sides.
      let ca = 0;
      while (i < oa.length && (oa[i]! > lastA || compareGrams(sa, oa[i]!, sa, pa, n) === 0)) {
        if (oa[i]! <= lastA) ca++;
        i++;
      }
      let cb = 0;
      while (j < ob.length && (ob[j]! > lastB || compareGrams(sb, ob[j]!, sb, pb, n) === 0)) {
        if (ob[j]! <= lastB) cb++;
        j++;
      }
      hit += Math.min(ca, cb);
    }
  }
}
