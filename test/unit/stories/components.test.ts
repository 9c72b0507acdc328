import { describe, expect, it } from 'vitest';
import { DayShingles } from '../../../lambdas/pipeline/stories/shingles.js';
import { LshIndex } from '../../../lambdas/pipeline/text/lsh.js';
import { jaccardSorted } from '../../../lambdas/pipeline/text/minhash.js';
import { UnionFind } from '../../../lambdas/pipeline/union-find.js';

/** Texts of a few families: reprints and light rewordings of a base text, and unrelated texts. */
function texts(): { text: string }[] {
  const base = (k: number) => Array.from({ length: 60 }, (_, i) => `w${k}x${i}`);
  const out: { text: string }[] = [];
  for (let k = 0; k < 5; k++) {
    for (let v = 0; v < 12; v++) {
      const ws = base(k).slice();
      for (let c = 0; c < v % 4; c++) ws[(v * 7 + c * 13) % ws.length] = `changed${v}${c}`;
      out.push({ text: ws.join(' ') });
    }
  }
  for (let u = 0; u < 10; u++) out.push({ text: Array.from({ length: 40 }, (_, i) => `u${u}y${i}`).join(' ') });
  return out;
}

describe('DayShingles.components', () => {
  it('joins what the verified distinct candidate pairs join, whatever order and repetition the pairs come in', () => {
    const day = new DayShingles(texts());
    for (const banding of [{ bands: 20, rows: 6 }, { bands: 60, rows: 2, maxBucketForAllPairs: 20 }]) {
      for (const bar of [0.3, 0.8]) {
        const verified = (a: number, b: number) => jaccardSorted(day.sets[a]!, day.sets[b]!) >= bar;
        // The plain way: every distinct candidate pair verified, in sorted order.
        const lsh = new LshIndex(banding);
        day.signatures.forEach((s, i) => s && lsh.add(i, s));
        const plain = new UnionFind(day.sets.length);
        for (const [a, b] of lsh.candidatePairs()) if (verified(a, b)) plain.join(a, b);
        expect(day.components(banding, verified).groups()).toEqual(plain.groups());
      }
    }
  });
});
