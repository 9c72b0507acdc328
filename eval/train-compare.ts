/**
 * Learns the statement-comparison weights on MSRP train and prints them for similarity.ts.
 *
 *   npx tsx eval/train-compare.ts [corporaDir]      (default ../shared/corpora)
 *
 * Deterministic: full-batch gradient descent from zero on standardised features, so the same data gives the same
 * weights. The duplicate threshold is the accuracy-maximising cut on train of the full decision (quote containment
 * and the contradicting-figures veto included, as in compareFeatures); val is never read here.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pairFeatures, FEATURE_NAMES, numbersConflict } from '../lambdas/pipeline/statements/similarity-features.js';
import { comparedProfiles, statementFeatures } from '../lambdas/pipeline/statements/similarity.js';
import { quoteContained } from '../lambdas/pipeline/statements/similarity-quotes.js';

interface Pair {
  s1: string;
  s2: string;
  label: number;
}

const L2 = 0.01;
const STEPS = 4000;
const RATE = 0.5;

export async function readPairs(path: string): Promise<Pair[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Pair);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Trains on rows x (raw features) with labels y; returns raw-feature weights and bias. */
export function trainLogistic(x: number[][], y: number[]): { weights: number[]; bias: number } {
  const d = x[0]!.length;
  const n = x.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, j) => (mean[j]! += v / n));
  for (const row of x) row.forEach((v, j) => (sd[j]! += (v - mean[j]!) ** 2 / n));
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const z = x.map((row) => row.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < STEPS; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * row[j]!;
      const err = sigmoid(s) - y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += (err * row[j]!) / n;
      gb += err / n;
    }
    for (let j = 0; j < d; j++) w[j]! -= RATE * (gw[j]! + L2 * w[j]!);
    b -= RATE * gb;
  }
  // Fold the standardisation into raw-feature weights: w·(x-m)/s + b = (w/s)·x + (b - Σ w m / s).
  const weights = w.map((wj, j) => wj / sd[j]!);
  const bias = b - w.reduce((acc, wj, j) => acc + (wj * mean[j]!) / sd[j]!, 0);
  return { weights, bias };
}

function accuracyAndF1(pred: boolean[], y: number[]): { accuracy: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  pred.forEach((p, i) => {
    const gold = y[i] === 1;
    if (p === gold) correct++;
    if (p && gold) tp++;
    if (p && !gold) fp++;
    if (!p && gold) fn++;
  });
  return { accuracy: correct / pred.length, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn) };
}

async function main(): Promise<void> {
  const corporaDir = process.argv[2] ?? '../shared/corpora';
  const pairs = await readPairs(join(corporaDir, 'msrp', 'train.jsonl'));
  const feats = pairs.map((p) => [statementFeatures(p.s1), statementFeatures(p.s2)] as const);
  const x = feats.map(([a, b]) => pairFeatures(...comparedProfiles(a, b)));
  const y = pairs.map((p) => p.label);
  const { weights, bias } = trainLogistic(x, y);
  const contained = feats.map(([a, b]) =>
    a.quote !== null && b.quote !== null && (quoteContained(a.quote, b.quote) || quoteContained(b.quote, a.quote)),
  );
  const conflict = feats.map(([a, b]) => numbersConflict(a.whole, b.whole));
  const prob = x.map((row) => sigmoid(row.reduce((s, v, j) => s + v * weights[j]!, bias)));
  let best = { threshold: 0.5, accuracy: 0, f1: 0 };
  for (let t = 0.2; t <= 0.8001; t += 0.01) {
    const cut = (1 + t) / 2;
    const pred = prob.map((p, i) => !conflict[i] && (contained[i] ? Math.max(p, cut) : p) >= t);
    const m = accuracyAndF1(pred, y);
    if (m.accuracy > best.accuracy) best = { threshold: Math.round(t * 100) / 100, ...m };
  }
  console.log(`// MSRP train: ${pairs.length} pairs; accuracy ${best.accuracy.toFixed(4)}, F1 ${best.f1.toFixed(4)}`);
  console.log('export const WEIGHTS: readonly number[] = [');
  weights.forEach((w, j) => console.log(`  ${w.toFixed(6)}, // ${FEATURE_NAMES[j]}`));
  console.log('];');
  console.log(`export const BIAS = ${bias.toFixed(6)};`);
  console.log(`export const DUPLICATE_THRESHOLD = ${best.threshold};`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
