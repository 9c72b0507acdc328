/**
 * How the day's clustering compares with the stories the generator wrote (the story id is in each file name,
 * `...-s000123-2.txt`): B-cubed precision, recall and F1, plus the size of the largest story found. A sanity
 * figure at scale, not the quality eval (eval/ does that on ECB+): variants of one event share all their
 * vocabulary but names, so they are harder than a real day's stories.
 */
import type { Digest } from '../lambdas/pipeline/model.js';

export interface ClusterCheck {
  precision: number;
  recall: number;
  f1: number;
  largestStory: number;
  /** Stories found with 1, 2-5, 6-20, 21-100 and more than 100 articles. */
  sizes: Record<'1' | '2-5' | '6-20' | '21-100' | '>100', number>;
}

const STORY = /-(s\d+)-\d+\.[a-z]+$/;

export function checkClusters(digest: Digest): ClusterCheck | null {
  const rows: { found: number; truth: string }[] = [];
  digest.stories.forEach((story, i) => {
    for (const a of story.articles) {
      const truth = STORY.exec(a.id)?.[1];
      if (truth !== undefined) rows.push({ found: i, truth });
    }
  });
  if (rows.length === 0) return null;
  const count = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const found = count(rows.map((r) => r.found));
  const truth = count(rows.map((r) => r.truth));
  const both = count(rows.map((r) => `${r.found}\u0000${r.truth}`));
  let p = 0;
  let r = 0;
  for (const row of rows) {
    const shared = both.get(`${row.found}\u0000${row.truth}`)!;
    p += shared / found.get(row.found)!;
    r += shared / truth.get(row.truth)!;
  }
  p /= rows.length;
  r /= rows.length;
  const sizes: ClusterCheck['sizes'] = { '1': 0, '2-5': 0, '6-20': 0, '21-100': 0, '>100': 0 };
  for (const s of digest.stories) {
    const n = s.articles.length;
    sizes[n === 1 ? '1' : n <= 5 ? '2-5' : n <= 20 ? '6-20' : n <= 100 ? '21-100' : '>100']++;
  }
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r || 1), largestStory: Math.max(...digest.stories.map((s) => s.articles.length)), sizes };
}
