/**
 * MinHash signatures over word shingles: a fixed-size sketch whose agreement rate estimates the Jaccard
 * similarity of two shingle sets. Used to find near-identical texts (wire copies) without comparing all pairs.
 *
 * Deterministic by construction: the hash family is derived from a numeric seed (no Math.random), so the same
 * texts give the same signatures on every run and machine.
 */

/** Largest 32-bit value: the signature slot of an empty set (no shingle ever hashed there). */
const EMPTY_SLOT = 0xffffffff;
/** FNV-1a's offset basis as a signed 32-bit integer: the same bits, but V8 keeps the hash loop in integer registers. */
const FNV_OFFSET = 0x811c9dc5 | 0;

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

/**
 * The distinct 32-bit hashes (hashString32) of a word sequence's k-word shingles, ascending: the same values as
 * `wordShingles(words, k).map((s) => hashString32(s))`, computed without building the shingle strings (a day has
 * millions of them). Sorted and distinct, so two sets are compared by one merge (jaccardSorted).
 */
export function wordShingleHashes(words: readonly string[], k: number): Uint32Array {
  if (k < 1) throw new RangeError('shingle size must be at least 1');
  if (words.length === 0) return new Uint32Array(0);
  // The words joined by spaces, as one array of UTF-16 code units: shingle i is the span from word i's start to
  // word i+k-1's end. Reading a flat typed array is several times faster than charCodeAt over many small strings.
  const joined = words.join(' ');
  const units = new Uint16Array(joined.length);
  for (let c = 0; c < joined.length; c++) units[c] = joined.charCodeAt(c);
  const starts = new Int32Array(words.length + 1);
  for (let i = 0, at = 0; i < words.length; i++) {
    starts[i] = at;
    at += (words[i] as string).length + 1;
  }
  starts[words.length] = joined.length + 1;
  const width = Math.min(k, words.length);
  const count = words.length - width + 1;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const end = (starts[i + width] as number) - 1;
    let h = FNV_OFFSET;
    for (let c = starts[i] as number; c < end; c++) h = Math.imul(h ^ (units[c] as number), 0x01000193);
    out[i] = mix32(h);
  }
  out.sort();
  return distinctSorted(out);
}

/** The distinct values of an ascending array, in place (a copy only when something repeated). */
export function distinctSorted(sorted: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] as number;
  return n === sorted.length ? sorted : sorted.slice(0, n);
}

/** hashString32 of a 32-bit unsigned integer's decimal text (`hashString32(String(x))`), without the string. */
export function hashDecimal32(x: number): number {
  // Two halves of at most five digits each, so every step is small-integer arithmetic.
  const high = Math.floor(x / 100000);
  const low = x - high * 100000;
  let h = FNV_OFFSET;
  if (high > 0) {
    h = fnvDigits(h, high, 0);
    h = fnvDigits(h, low, 5);
  } else {
    h = fnvDigits(h, low, 0);
  }
  return mix32(h);
}

/** FNV-1a steps over the decimal digits of 0 <= n < 100000, left-padded with zeros to `width` digits. */
function fnvDigits(h: number, n: number, width: number): number {
  let digits = 1;
  let div = 1;
  while (div * 10 <= n) {
    div *= 10;
    digits++;
  }
  for (let pad = digits; pad < width; pad++) h = Math.imul(h ^ 48, 0x01000193);
  for (; div >= 1; div = (div / 10) | 0) {
    h = Math.imul(h ^ (48 + (((n / div) | 0) % 10)), 0x01000193);
  }
  return h;
}

export interface MinHasher {
  readonly numHashes: number;
  /** The signature of a set of shingles (duplicates in the input do not matter). */
  signature(shingles: Iterable<string>): Uint32Array;
  /** The signature of a set given the 32-bit hashes (hashString32) of its shingles; duplicates do not matter. */
  signatureOfHashes(hashes: ArrayLike<number>): Uint32Array;
}

/**
 * A MinHasher with `numHashes` functions h_i(x) = mix32(x XOR seed_i) over the 32-bit hash x of each shingle.
 * XOR with a seed followed by a bijective mixer gives a different pseudo-random permutation of the 32-bit space
 * for every i, which is what min-wise hashing needs.
 */
export function createMinHasher(numHashes = 128, seed = 0x5eed1234): MinHasher {
  if (!Number.isInteger(numHashes) || numHashes < 1) throw new RangeError('numHashes must be a positive integer');
  const seeds = seedSequence(seed, numHashes);
  const signatureOfHashes = (hashes: ArrayLike<number>): Uint32Array => {
    const keys = hashes instanceof Uint32Array ? new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length) : Int32Array.from(hashes);
    const sig = new Uint32Array(numHashes);
    // One hash function at a time, its running minimum in a local: this loop runs shingles x numHashes times
    // over a day. All in signed 32-bit integers (V8 keeps them in registers); flipping the top bit makes the
    // signed order the unsigned one. A repeated hash cannot lower a minimum again, so duplicates do not matter.
    for (let i = 0; i < numHashes; i++) {
      const seed = (seeds[i] as number) | 0;
      let min = 0x7fffffff; // EMPTY_SLOT, top bit flipped
      for (let s = 0; s < keys.length; s++) {
        // mix32(x ^ seed), inlined.
        let h = (keys[s] as number) ^ seed;
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b | 0);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35 | 0);
        h = (h ^ (h >>> 16) ^ 0x80000000) | 0;
        if (h < min) min = h;
      }
      sig[i] = (min ^ 0x80000000) >>> 0;
    }
    return sig;
  };
  return {
    numHashes,
    signature(shingles: Iterable<string>): Uint32Array {
      const hashes: number[] = [];
      for (const sh of shingles) hashes.push(hashString32(sh));
      return signatureOfHashes(hashes);
    },
    signatureOfHashes,
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

/** Exact Jaccard similarity of two ascending arrays of distinct values (wordShingleHashes). Two empty sets score 0. */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      inter++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

/** Exact Jaccard similarity of two sets (to verify LSH candidates). Two empty sets score 0. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
