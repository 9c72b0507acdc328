import { describe, expect, it } from 'vitest';
import { createMinHasher, estimateJaccard, hashDecimal32, hashString32, jaccard, jaccardSorted, wordShingleHashes, wordShingles } from '../../../lambdas/pipeline/text/minhash.js';

/** Sets with a known Jaccard: `shared` common items plus `own` items on each side. */
function pair(shared: number, own: number, tag: string): [string[], string[], number] {
  const common = Array.from({ length: shared }, (_, i) => `${tag}-c${i}`);
  const a = common.concat(Array.from({ length: own }, (_, i) => `${tag}-a${i}`));
  const b = common.concat(Array.from({ length: own }, (_, i) => `${tag}-b${i}`));
  return [a, b, shared / (shared + 2 * own)];
}

describe('wordShingles', () => {
  it('makes overlapping k-word shingles', () => {
    expect(wordShingles(['a', 'b', 'c', 'd'], 3)).toEqual(['a b c', 'b c d']);
  });
  it('keeps a short text as one shingle and an empty one as none', () => {
    expect(wordShingles(['a', 'b'], 3)).toEqual(['a b']);
    expect(wordShingles([], 3)).toEqual([]);
  });
});

describe('MinHash', () => {
  const hasher = createMinHasher(256, 42);

  it('estimates Jaccard within tolerance on constructed sets', () => {
    for (const [shared, own] of [
      [100, 0],
      [160, 20],
      [100, 50],
      [50, 100],
      [20, 200],
    ] as const) {
      const [a, b, truth] = pair(shared, own, `s${shared}o${own}`);
      expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(truth, 10);
      const est = estimateJaccard(hasher.signature(a), hasher.signature(b));
      expect(Math.abs(est - truth)).toBeLessThan(0.1);
    }
  });

  it('gives identical sets identical signatures, whatever the order or repeats', () => {
    const s = ['x y z', 'y z w', 'z w v'];
    expect(estimateJaccard(hasher.signature(s), hasher.signature([...s].reverse().concat(s)))).toBe(1);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const s = ['one two three', 'two three four'];
    expect(createMinHasher(64, 7).signature(s)).toEqual(createMinHasher(64, 7).signature(s));
    expect(createMinHasher(64, 7).signature(s)).not.toEqual(createMinHasher(64, 8).signature(s));
    expect(hashString32('abc')).toBe(hashString32('abc'));
    expect(hashString32('abc')).not.toBe(hashString32('abd'));
  });

  it('calls empty sets similar to nothing', () => {
    expect(estimateJaccard(hasher.signature([]), hasher.signature([]))).toBe(0);
    expect(estimateJaccard(hasher.signature([]), hasher.signature(['a']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('hash-level shingles and signatures', () => {
  const hasher = createMinHasher(64, 9);
  const ws = 'the quick brown fox jumps over the lazy dog and the quick brown fox naps'.split(' ');

  it('hashes shingles without strings, to the values of hashString32 over wordShingles, sorted and distinct', () => {
    for (const k of [1, 3, 5, 20]) {
      const expected = [...new Set(wordShingles(ws, k).map((s) => hashString32(s)))].sort((a, b) => a - b);
      expect(Array.from(wordShingleHashes(ws, k))).toEqual(expected);
    }
    expect(wordShingleHashes([], 3).length).toBe(0);
    expect(Array.from(wordShingleHashes(['été', 'à', 'naïve'], 2))).toEqual(
      [...new Set(wordShingles(['été', 'à', 'naïve'], 2).map((s) => hashString32(s)))].sort((a, b) => a - b),
    );
  });

  it('hashes the decimal text of an integer like hashString32(String(x))', () => {
    for (const x of [0, 7, 10, 99999, 100000, 100001, 4294967295, 2147483648, 3000000000, 1000000007]) {
      expect(hashDecimal32(x)).toBe(hashString32(String(x)));
    }
  });

  it('gives the signature of the shingle strings from their hashes', () => {
    const shingles = wordShingles(ws, 3);
    expect(hasher.signatureOfHashes(shingles.map((s) => hashString32(s)))).toEqual(hasher.signature(shingles));
    expect(hasher.signatureOfHashes(wordShingleHashes(ws, 3))).toEqual(hasher.signature(shingles));
  });

  it('computes the exact Jaccard of sorted hash sets', () => {
    const a = wordShingleHashes(ws, 2);
    const b = wordShingleHashes(ws.slice(3), 2);
    expect(jaccardSorted(a, b)).toBeCloseTo(jaccard(new Set(a), new Set(b)), 12);
    expect(jaccardSorted(a, a)).toBe(1);
    expect(jaccardSorted(a, new Uint32Array(0))).toBe(0);
  });
});
