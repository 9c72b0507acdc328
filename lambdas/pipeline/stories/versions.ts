/**
 * Versions of one report: a wire story reprinted, an outlet's retelling of it with sentences cut, swapped or
 * reworded, a copy with a changed line. Versions share runs of words (word 3-shingles) that independent reports
 * of one event do not share, and they name the same people, places and figures. Clustering works over these groups
 * (cluster.ts): a report reprinted 300 times is one report, whose wording weighs as one report's, whose date is one
 * witness, and whose neighbours are other reports rather than its own reprints.
 *
 * Found with the day's MinHash signatures (shingles.ts) banded for low Jaccard, each candidate verified exactly;
 * groups are the connected components of verified pairs. See VERSION_PARAMS for where the thresholds come from.
 */
import { jaccardSorted } from '../text/minhash.js';
import { SIGNATURE_HASHES, type DayShingles } from './shingles.js';
import { dot, NAME, NUMBER, type DayTerms, type SparseVector } from './vectors.js';

export interface VersionParams {
  /**
   * Word 3-shingle Jaccard from which two texts may be versions of one report. Measured on the bench's generated
   * big day (seed 99, truth known): two retellings of one report 0.35 at their 5th percentile (median 0.64);
   * reports of one event from different sources 0.04 at their 95th. Independent reports that share a long quote
   * and a few phrases reach 0.2 (two of the samples' Tollhaven fire reports: 0.20): grouped, they would count as
   * one witness of the event's date, and look-alike events would meet (they did at 0.2, in the samples and on one
   * ECB+ dev topic). 0.3 sits below the retellings and above those; ECB+ train and dev cluster as without groups.
   */
  jaccard: number;
  /**
   * Cosine of the two texts' names and numbers alone (their TF-IDF weights) from which they name the same things.
   * A template reused for another event (the same warning for another county, a results table for another match)
   * shares the shingles of its frame, not its names. 0.5: at least half of the naming weight in common.
   */
  names: number;
}

export const VERSION_PARAMS: Readonly<VersionParams> = { jaccard: 0.3, names: 0.5 };

/**
 * 60 bands of 2 rows over the 120-hash signature: pairs at Jaccard 0.3 become candidates with probability 0.9966,
 * at 0.2 with 0.92 (collisionProbability in lsh.ts); a family of versions is connected through any of its pairs.
 * A crowded bucket (one report reprinted hundreds of times) emits a chain, not all pairs (LshIndex).
 */
const ROWS = 2;
const BANDS = SIGNATURE_HASHES / ROWS;
const MAX_BUCKET_FOR_ALL_PAIRS = 20;

/** The names and numbers of a vector (their weights as they are, not renormalised) and its squared length. */
export function namingPart(v: SparseVector, kinds: Uint8Array): { vector: SparseVector; norm2: number } {
  const ids: number[] = [];
  const weights: number[] = [];
  let norm2 = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const kind = kinds[i] as number;
    if (kind !== NAME && kind !== NUMBER) continue;
    ids.push(v.ids[i] as number);
    weights.push(v.weights[i] as number);
    norm2 += (v.weights[i] as number) ** 2;
  }
  return { vector: { ids: Int32Array.from(ids), weights: Float64Array.from(weights) }, norm2 };
}

/** Cosine of two naming parts: 1 when neither names anything, 0 when one alone does. */
export function nameCosine(a: ReturnType<typeof namingPart>, b: ReturnType<typeof namingPart>): number {
  if (a.norm2 === 0 || b.norm2 === 0) return a.norm2 === b.norm2 ? 1 : 0;
  return dot(a.vector, b.vector) / Math.sqrt(a.norm2 * b.norm2);
}

/**
 * The day's articles grouped into versions of one report: every article in exactly one group, members ascending,
 * groups ordered by their first member. `vectors` are the articles' TF-IDF vectors (for the names check).
 */
export function findVersions(shingles: DayShingles, vectors: readonly SparseVector[], terms: DayTerms, p: VersionParams = VERSION_PARAMS): number[][] {
  const naming = new Map<number, ReturnType<typeof namingPart>>();
  const namingOf = (i: number) => naming.get(i) ?? naming.set(i, namingPart(vectors[i] as SparseVector, terms.kinds[i] as Uint8Array)).get(i)!;
  const verified = (a: number, b: number): boolean =>
    jaccardSorted(shingles.sets[a] as Uint32Array, shingles.sets[b] as Uint32Array) >= p.jaccard && nameCosine(namingOf(a), namingOf(b)) >= p.names;
  return shingles.components({ bands: BANDS, rows: ROWS, maxBucketForAllPairs: MAX_BUCKET_FOR_ALL_PAIRS }, verified).groups();
}
