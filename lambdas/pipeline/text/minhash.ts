/**
 * MinHash signatures over word shingles: a fixed-size sketch whose agreement rate estimates the Jaccard
 * similarity of two shingle sets. Used to find near-identical texts (wire copies) without comparing all pairs.
 *
 * Deterministic by construction: the hash family is derived from a numeric seed (no Math.random), so the same
 * texts give the same signatures on every run and machine.
 */

/** Largest 32-bit value: the signature slot of an empty set (no shingle ever hashed there). */
const EMPTY_SLOT = 0xffffffff;

/** murmur3's 32-bit finaliser: a bijective mix, so distinct seeds give independent-looking permutations. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, then mixed: a fast, seeded 32-bit string hash. */
export function hashString32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** splitmix32: derives the per-function seeds of the hash family from one seed. */
function seedSequence(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = mix32(state ^ (state >>> 15));
  }
  return out;
}

/** The k-word shingles of a word sequence, joined by a space; a text shorter than k gives one shingle of all its words. */
export function wordShingles(words: readonly string[], k: number): string[] {
  if (k < 1) throw new RangeError('shingle size must be at least 1');
  if (words.length === 0) return [];
  if (words.length <= k) return [words.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + k <= words.length; i++) out.push(words.slice(i, i + k).join(' '));
  return out;
}

export interface MinHasher {
  readonly numHashes: number;
  /** The signature of a set of shingles (duplicates in the input do not matter). */
  signature(shingles: Iterable<string>): Uint32Array;
}

/**
 * A MinHasher with `numHashes` functions h_i(x) = mix32(x XOR seed_i) over the 32-bit hash x of each shingle.
 * XOR with a seed followed by a bijective mixer gives a different pseudo-random permutation of the 32-bit space
 * for every i, which is what min-wise hashing needs.
 */
export function createMinHasher(numHashes = 128, seed = 0x5eed1234): MinHasher {
  if (!Number.isInteger(numHashes) || numHashes < 1) throw new RangeError('numHashes must be a positive integer');
  const seeds = seedSequence(seed, numHashes);
  return {
    numHashes,
    signature(shingles: Iterable<string>): Uint32Array {
      const sig = new Uint32Array(numHashes).fill(EMPTY_SLOT);
      const seen = new Set<number>();
      for (const sh of shingles) {
        const x = hashString32(sh);
        if (seen.has(x)) continue;
        seen.add(x);
        for (let i = 0; i < numHashes; i++) {
          const v = mix32(x ^ (seeds[i] as number));
          if (v < (sig[i] as number)) sig[i] = v;
        }
      }
      return sig;
    },
  };
}

/** True when the signature is that of an empty set. */
export function isEmptySignature(sig: Uint32Array): boolean {
  for (const v of sig) if (v !== EMPTY_SLOT) return false;
  return true;
}

/**
 * Estimated Jaccard similarity: the share of slots where the two signatures agree.
 * Empty sets are similar to nothing (0), so two empty texts are never taken for copies of each other.
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('signatures of different lengths');
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Exact Jaccard similarity of two sets (to verify LSH candidates). Two empty sets score 0. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
