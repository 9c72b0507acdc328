/**
 * Near-identical texts: a wire story republished by several outlets, maybe with a changed word or line. Found
 * with MinHash + LSH over word 3-shingles (no all-pairs step), each candidate verified by the exact Jaccard of the
 * two shingle sets. The earliest article of a group of copies is the original.
 */
import type { Article } from '../model.js';
import { LshIndex } from '../text/lsh.js';
import { createMinHasher, hashDecimal32, jaccardSorted, wordShingleHashes } from '../text/minhash.js';
import { words } from '../text/tokens.js';

/** Jaccard of word 3-shingles at or above which two texts are copies of one another. */
export const COPY_JACCARD = 0.8;
const SHINGLE_WORDS = 3;
/** Texts with fewer shingles than this are too short to call copies ("Photo: Reuters" is not a wire story). */
const MIN_SHINGLES = 8;
/** 20 bands x 6 rows: pairs at Jaccard 0.8 become candidates with probability > 0.99, pairs at 0.3 about 1 %. */
const BANDS = 20;
const ROWS = 6;
const hasher = createMinHasher(BANDS * ROWS, 0xc0b1e5);

/** Publication time for ordering; unknown or unparsable dates sort after every known one. */
function timeOf(a: Article): number {
  const t = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function find(parent: number[], x: number): number {
  let r = x;
  while (parent[r] !== r) r = parent[r] as number;
  while (parent[x] !== r) {
    const next = parent[x] as number;
    parent[x] = r;
    x = next;
  }
  return r;
}

/**
 * Copy id -> original id, for every article that is a near-identical copy of an earlier one. The original of a
 * group is the earliest published article (the first in input order when dates are missing or equal); it is not
 * itself a key. Groups are the connected components of verified copy pairs.
 */
export function findCopies(articles: readonly Article[]): Map<string, string> {
  const shingleSets = articles.map((a) => wordShingleHashes(words(a.text), SHINGLE_WORDS));
  const lsh = new LshIndex({ bands: BANDS, rows: ROWS });
  shingleSets.forEach((set, i) => {
    // The signature is taken over the decimal text of each shingle hash, as it always was: other keys would
    // give other LSH candidates, and so possibly other copy groups.
    if (set.length >= MIN_SHINGLES) lsh.add(i, hasher.signatureOfHashes(set.map(hashDecimal32)));
  });
  const parent = articles.map((_, i) => i);
  for (const [a, b] of lsh.candidatePairs()) {
    if (jaccardSorted(shingleSets[a] as Uint32Array, shingleSets[b] as Uint32Array) < COPY_JACCARD) continue;
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const r = find(parent, i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const out = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const original = members.reduce((best, i) => {
      const d = timeOf(articles[i] as Article) - timeOf(articles[best] as Article);
      return d < 0 || (d === 0 && i < best) ? i : best;
    });
    for (const i of members) if (i !== original) out.set((articles[i] as Article).id, (articles[original] as Article).id);
  }
  return out;
}
