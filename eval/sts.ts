/**
 * Graded similarity on the STS news genres: Pearson correlation of StatementComparer.compare().score with the
 * gold 0-5 score, over all pairs (the measure), and over each half: the graded score is fitted on the tuning half
 * (even line numbers, eval/train-grade.ts), so the held-out half (odd line numbers) is the figure to trust for
 * unseen pairs of the same kinds. The `duplicate` decision is trained on MSRP alone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StatementComparer } from '../lambdas/pipeline/paraphrase/index.js';
import type { EvalRow, EvalSection } from './types.js';

export interface StsPair {
  s1: string;
  s2: string;
  score: number;
  subset: string;
}

export async function readStsPairs(corporaDir: string): Promise<StsPair[]> {
  const text = await readFile(join(corporaDir, 'sts', 'sts_news.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as StsPair);
}

/** The pairs the graded score may be fitted on: every other line, so each subset and year is split evenly. */
export const isTuningPair = (index: number): boolean => index % 2 === 0;

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

/** Pearson r over the given pair indices, overall and per subset ("SMTnews 0.45, ..."). */
export function correlations(pairs: readonly StsPair[], ours: readonly number[], idx: readonly number[]): { r: number; perSubset: string } {
  const bySubset = new Map<string, number[]>();
  for (const i of idx) {
    const list = bySubset.get(pairs[i]!.subset) ?? [];
    list.push(i);
    bySubset.set(pairs[i]!.subset, list);
  }
  const r = (ids: readonly number[]): number => pearson(ids.map((i) => ours[i]!), ids.map((i) => pairs[i]!.score));
  const perSubset = [...bySubset.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, ids]) => `${name} ${r(ids).toFixed(3)}`)
    .join(', ');
  return { r: r(idx), perSubset };
}

export async function evaluateSts(corporaDir: string): Promise<EvalSection> {
  const pairs = await readStsPairs(corporaDir);
  const comparer = new StatementComparer();
  const ours = pairs.map((p) => comparer.compare(p.s1, p.s2).score);
  const all = pairs.map((_, i) => i);
  const row = (idx: number[], data: string, floor: number | undefined, extra: string): EvalRow => {
    const c = correlations(pairs, ours, idx);
    return {
      measure: 'Pearson r of StatementComparer.compare score vs gold similarity',
      data,
      value: c.r,
      ...(floor === undefined ? {} : { floor }),
      note: `${idx.length} pairs${extra}; by subset: ${c.perSubset}`,
    };
  };
  return {
    rows: [
      row(all, 'sts/sts_news.jsonl', FLOOR, '; target 0.75'),
      row(all.filter(isTuningPair), 'sts tuning half (even lines)', undefined, ', the graded score was fitted on these'),
      row(all.filter((i) => !isTuningPair(i)), 'sts held-out half (odd lines)', HELD_OUT_FLOOR, ', never fitted on'),
    ],
  };
}

/**
 * Measured 0.67 when written, 0.736 once the score was graded by the rarity-weighted word alignment, 0.77 with the
 * graded score regressed on the tuning half (decision still the MSRP-trained classifier); floors are those minus
 * a small margin.
 */
const FLOOR = 0.76;
const HELD_OUT_FLOOR = 0.75;
