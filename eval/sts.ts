/**
 * Graded similarity on the STS news genres: Pearson correlation of compareStatements().score with the gold 0-5
 * score. The score is learned for the paraphrase decision (MSRP), so this measures how well it grades.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStatements } from '../lambdas/pipeline/statements/similarity.js';
import type { EvalSection } from './types.js';

interface StsPair {
  s1: string;
  s2: string;
  score: number;
  subset: string;
}

export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n === 0) return 0;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export async function evaluateSts(corporaDir: string): Promise<EvalSection> {
  const text = await readFile(join(corporaDir, 'sts', 'sts_news.jsonl'), 'utf8');
  const pairs = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as StsPair);
  const ours = pairs.map((p) => compareStatements(p.s1, p.s2).score);
  const gold = pairs.map((p) => p.score);
  const bySubset = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    const list = bySubset.get(p.subset) ?? [];
    list.push(i);
    bySubset.set(p.subset, list);
  });
  const perSubset = [...bySubset.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, idx]) => `${name} ${pearson(idx.map((i) => ours[i]!), idx.map((i) => gold[i]!)).toFixed(3)}`)
    .join(', ');
  return {
    rows: [
      {
        measure: 'Pearson r of compareStatements.score vs gold similarity',
        data: 'sts/sts_news.jsonl',
        value: pearson(ours, gold),
        floor: FLOOR,
        note: `${pairs.length} pairs; target 0.75; by subset: ${perSubset}`,
      },
    ],
  };
}

/**
 * Measured 0.67 when written, 0.736 once the score was graded by the rarity-weighted word alignment (decision still
 * the MSRP-trained classifier; every weight and cut learned on MSRP train); floor is that minus a small margin.
 */
const FLOOR = 0.72;
