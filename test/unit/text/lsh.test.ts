import { describe, expect, it } from 'vitest';
import { collisionProbability, LshIndex } from '../../../lambdas/pipeline/text/lsh.js';
import { createMinHasher } from '../../../lambdas/pipeline/text/minhash.js';

const hasher = createMinHasher(120, 99);
const setOf = (tag: string, n: number, from = 0) => Array.from({ length: n }, (_, i) => `${tag}${from + i}`);

describe('LshIndex', () => {
  it('always pairs identical sets', () => {
    const idx = new LshIndex({ bands: 20, rows: 6 });
    idx.add(0, hasher.signature(setOf('w', 40)));
    idx.add(1, hasher.signature(setOf('other', 40)));
    idx.add(2, hasher.signature(setOf('w', 40)));
    expect(idx.candidatePairs()).toEqual([[0, 2]]);
  });

  it('pairs near-identical sets and almost never disjoint ones', () => {
    const idx = new LshIndex({ bands: 20, rows: 6 });
    for (let i = 0; i < 200; i++) idx.add(i, hasher.signature(setOf(`doc${i}-`, 50)));
    // 95 % overlap with doc 0: Jaccard about 0.9.
    idx.add(500, hasher.signature(setOf('doc0-', 48).concat(['extra1', 'extra2'])));
    const pairs = idx.candidatePairs();
    expect(pairs).toContainEqual([0, 500]);
    // 19,900 disjoint pairs; a false candidate needs 6 equal slots in a band: expect none, allow a stray one.
    expect(pairs.length).toBeLessThanOrEqual(2);
  });

  it('emits sorted, distinct pairs, the same on every run', () => {
    const build = () => {
      const idx = new LshIndex({ bands: 10, rows: 2 });
      for (let i = 0; i < 30; i++) idx.add(i, hasher.signature(setOf('s', 10, i % 3)));
      return idx.candidatePairs();
    };
    const a = build();
    expect(a).toEqual(build());
    const keys = a.map(([x, y]) => `${x},${y}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(a.every(([x, y]) => x < y)).toBe(true);
  });

  it('visits, band by band, exactly the pairs candidatePairs lists (some more than once)', () => {
    const idx = new LshIndex({ bands: 10, rows: 2, maxBucketForAllPairs: 4 });
    for (let i = 0; i < 40; i++) idx.add(i, hasher.signature(setOf('s', 10, i % 4)));
    const visited: string[] = [];
    idx.forEachCandidate((a, b) => {
      expect(a).toBeLessThan(b);
      visited.push(`${a},${b}`);
    });
    expect([...new Set(visited)].sort()).toEqual(idx.candidatePairs().map(([a, b]) => `${a},${b}`).sort());
    expect(visited.length).toBeGreaterThan(new Set(visited).size);
    // A bucket the caller skips gives no pair; the others are visited as before.
    const sizes: number[] = [];
    let count = 0;
    idx.forEachCandidate(() => count++, (members) => (sizes.push(members.length), members.length > 20));
    expect(sizes.some((n) => n > 20)).toBe(true);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(visited.length);
  });

  it('keeps a crowded bucket linear: a text copied 300 times gives a chain, not all pairs', () => {
    const idx = new LshIndex({ bands: 20, rows: 6, maxBucketForAllPairs: 50 });
    const sig = hasher.signature(setOf('wire', 30));
    for (let i = 0; i < 300; i++) idx.add(i, sig);
    const pairs = idx.candidatePairs();
    expect(pairs.length).toBeLessThan(2 * 300);
    expect(pairs.length).toBeGreaterThanOrEqual(299);
  });

  it('has the S-curve of banding', () => {
    expect(collisionProbability(0.8, 20, 6)).toBeGreaterThan(0.99);
    expect(collisionProbability(0.3, 20, 6)).toBeLessThan(0.02);
  });
});
