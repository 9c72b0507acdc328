/**
 * Near-identical texts: a wire story republished by several outlets, maybe with a changed word or line. Found
 * with MinHash + LSH over word 3-shingles (no all-pairs step), each candidate verified by the exact Jaccard of the
 * two shingle sets. The earliest article of a group of copies is the original.
 */
import type { Article } from '../model.js';
import { jaccardSorted } from '../text/minhash.js';
import { DayShingles } from './shingles.js';

/** Jaccard of word 3-shingles at or above which two texts are copies of one another. */
export const COPY_JACCARD = 0.8;
/** 20 bands x 6 rows of the day's 120-hash signatures: pairs at Jaccard 0.8 become candidates with probability > 0.99, pairs at 0.3 about 1 %. */
const BANDS = 20;
const ROWS = 6;

/** Publication time for ordering; unknown or unparsable dates sort after every known one. */
function timeOf(a: Article): number {
  const t = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * Copy id -> original id, for every article that is a near-identical copy of an earlier one. The original of a
 * group is the earliest published article (the first in input order when dates are missing or equal); it is not
 * itself a key. Groups are the connected components of verified copy pairs.
 */
export function findCopies(articles: readonly Article[], shingles: DayShingles = new DayShingles(articles)): Map<string, string> {
  const union = shingles.components({ bands: BANDS, rows: ROWS }, (a, b) => jaccardSorted(shingles.sets[a] as Uint32Array, shingles.sets[b] as Uint32Array) >= COPY_JACCARD);
  const out = new Map<string, string>();
  for (const members of union.groups()) {
    if (members.length < 2) continue;
    const original = members.reduce((best, i) => {
      const d = timeOf(articles[i] as Article) - timeOf(articles[best] as Article);
      return d < 0 || (d === 0 && i < best) ? i : best;
    });
    for (const i of members) if (i !== original) out.set((articles[i] as Article).id, (articles[original] as Article).id);
  }
  return out;
}
