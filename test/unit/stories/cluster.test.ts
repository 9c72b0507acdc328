import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { clusterStories, clusterStoriesDetailed, DEFAULT_CLUSTER_PARAMS } from '../../../lambdas/pipeline/stories/cluster.js';
import { DAY, EXPECTED, QUAKE_DUNHOLLOW, QUAKE_VELMORA } from './fixtures.js';

const asPartition = (groups: string[][]) => groups.map((g) => [...g].sort().join('|')).sort();

describe('clusterStories', () => {
  it('groups each event across outlets and keeps similar events apart', () => {
    expect(asPartition(clusterStories(DAY))).toEqual(asPartition(EXPECTED));
  });

  it('keeps two earthquakes apart even on a day with nothing else', () => {
    const groups = clusterStories([...QUAKE_VELMORA, ...QUAKE_DUNHOLLOW]);
    expect(asPartition(groups)).toEqual(asPartition([QUAKE_VELMORA.map((a) => a.id), QUAKE_DUNHOLLOW.map((a) => a.id)]));
  });

  it('puts every article in exactly one group', () => {
    const ids = clusterStories(DAY).flat();
    expect([...ids].sort()).toEqual(DAY.map((a) => a.id).sort());
  });

  it('orders groups by their first article and ids by input position', () => {
    const groups = clusterStories(DAY);
    const pos = new Map(DAY.map((a, i) => [a.id, i]));
    const firsts = groups.map((g) => pos.get(g[0]!)!);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const g of groups) {
      const p = g.map((id) => pos.get(id)!);
      expect(p).toEqual([...p].sort((a, b) => a - b));
    }
  });

  it('is deterministic, and the partition does not depend on input order', () => {
    expect(clusterStories(DAY)).toEqual(clusterStories(DAY));
    const reversed = [...DAY].reverse();
    expect(asPartition(clusterStories(reversed))).toEqual(asPartition(clusterStories(DAY)));
  });

  it('handles an empty day, one article, and empty texts', () => {
    expect(clusterStories([])).toEqual([]);
    expect(clusterStories([DAY[0]!])).toEqual([[DAY[0]!.id]]);
    const blank: Article[] = [
      { id: 'x', source: 's', text: '', format: 'txt' },
      { id: 'y', source: 's', text: '', format: 'txt' },
    ];
    expect(clusterStories(blank)).toEqual([['x'], ['y']]);
  });
});

/** A seeded generator, so the synthetic day is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** n synthetic articles, about 5 per event, each event with its own invented vocabulary plus shared filler. */
function syntheticDay(n: number): Article[] {
  const rnd = lcg(12345);
  const filler = Array.from({ length: 300 }, (_, i) => `common${i}`);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const event = Math.floor(i / 5);
    const eventWords = Array.from({ length: 12 }, (_, k) => `ev${event}x${k}`);
    const ws: string[] = [];
    for (let k = 0; k < 60; k++) {
      ws.push(rnd() < 0.4 ? eventWords[Math.floor(rnd() * eventWords.length)]! : filler[Math.floor(rnd() * filler.length)]!);
    }
    out.push({ id: `syn/${i}`, source: `o${i % 7}`, text: ws.join(' ') + '.', format: 'txt' });
  }
  return out;
}

describe('scaling guard', () => {
  it('compares a bounded number of candidates per article (no all-pairs step)', () => {
    const counts = [400, 800, 1600].map((n) => ({ n, ...clusterStoriesDetailed(syntheticDay(n)).stats }));
    const p = DEFAULT_CLUSTER_PARAMS;
    for (const c of counts) {
      // Hard bounds from the design: each article meets at most topTerms x maxPostings postings and gets at most
      // maxCandidates exact cosines.
      expect(c.comparisons).toBeLessThanOrEqual(c.n * p.maxCandidates);
      expect(c.postingVisits).toBeLessThanOrEqual(c.n * p.topTerms * p.maxPostings);
    }
    // Far below all pairs on the largest day.
    const last = counts[counts.length - 1]!;
    expect(last.comparisons).toBeLessThan((last.n * (last.n - 1)) / 2 / 20);
    // Doubling the day about doubles the comparisons (quadratic would quadruple them). Posting visits grow
    // faster only until the posting lists reach their cap; the bound above holds them linear after that.
    for (let i = 1; i < counts.length; i++) {
      expect(counts[i]!.comparisons / counts[i - 1]!.comparisons).toBeLessThan(2.5);
    }
  });

  it('still finds the synthetic events', () => {
    const groups = clusterStoriesDetailed(syntheticDay(200)).groups;
    const pure = groups.filter((g) => new Set(g.map((id) => Math.floor(Number(id.split('/')[1]) / 5))).size === 1);
    expect(pure.length).toBe(groups.length);
    expect(groups.length).toBeLessThanOrEqual(60);
  });
});
