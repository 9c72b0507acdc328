/**
 * Learns the paraphrase classifier's constants (weights, bias, duplicate threshold) on MSRP train and generates
 * lambdas/pipeline/paraphrase/weights.generated.ts from them.
 *
 *   npx tsx eval/train-compare.ts [--write] [corporaDir]      (default ../shared/corpora)
 *
 * Without --write it prints the module it would write; with --write it writes it (eval/weights-file.ts). Run it
 * with --write when the pair features, the word lists or the tokeniser change.
 *
 * Deterministic: L2-regularised logistic regression on standardised features solved by Newton's method from zero,
 * so the same data gives the same weights. The duplicate threshold is chosen by 10-fold cross-validation ON TRAIN
 * (folds by pair index): each fold is scored by a model fit on the other nine, and the threshold maximising
 * accuracy + F1 of the full decision (quote containment and the contradicting-figures veto included, as in
 * compareFeatures) wins. val is never read here. The graded score has its own fit (eval/train-grade.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { StatementComparer } from '../lambdas/pipeline/paraphrase/index.js';
import {
  canonicalOrder,
  comparedProfiles,
  quotesContained,
  type StatementFeatures,
} from '../lambdas/pipeline/paraphrase/compare.js';
import { numbersConflict } from '../lambdas/pipeline/paraphrase/number-conflict.js';
import { weightsModuleSource, writeWeightsModule } from './weights-file.js';

interface Pair {
  s1: string;
  s2: string;
  label: number;
}

const L2 = 0.01;
const NEWTON_STEPS = 25;
const FOLDS = 10;

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

/** Solves A x = b for a symmetric positive definite A (Cholesky); A is d x d row-major. */
export function solveSpd(a: number[][], b: number[]): number[] {
  const d = b.length;
  const l = a.map(() => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j]![j]!;
    }
  }
  const y = new Array<number>(d).fill(0);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * y[k]!;
    y[i] = s / l[i]![i]!;
  }
  const x = new Array<number>(d).fill(0);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

/** Mean and standard deviation of each feature column (a constant column gets sd 1, so it standardises to 0). */
export function columnStats(x: number[][]): { mean: number[]; sd: number[] } {
  const d = x[0]!.length;
  const n = x.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, j) => (mean[j]! += v / n));
  for (const row of x) row.forEach((v, j) => (sd[j]! += (v - mean[j]!) ** 2 / n));
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  return { mean, sd };
}

/** Trains on rows x (raw features) with labels y; returns raw-feature weights and bias. */
export function trainLogistic(x: number[][], y: number[]): { weights: number[]; bias: number } {
  const d = x[0]!.length;
  const n = x.length;
  const { mean, sd } = columnStats(x);
  // Standardised rows with a trailing 1 for the bias (unpenalised).
  const z = x.map((row) => [...row.map((v, j) => (v - mean[j]!) / sd[j]!), 1]);
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = w.map((wj, j) => (j < d ? L2 * wj : 0));
    const hess = w.map((_, i) => w.map((__, j) => (i === j && i < d ? L2 : 0)));
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      let s = 0;
      for (let j = 0; j <= d; j++) s += w[j]! * row[j]!;
      const p = sigmoid(s);
      const err = (p - y[i]!) / n;
      const c = (p * (1 - p)) / n;
      for (let j = 0; j <= d; j++) {
        grad[j]! += err * row[j]!;
        const hj = hess[j]!;
        const cj = c * row[j]!;
        for (let k = 0; k <= j; k++) hj[k]! += cj * row[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = j + 1; k <= d; k++) hess[j]![k] = hess[k]![j]!;
    const delta = solveSpd(hess, grad);
    let moved = 0;
    for (let j = 0; j <= d; j++) {
      w[j]! -= delta[j]!;
      moved = Math.max(moved, Math.abs(delta[j]!));
    }
    if (moved < 1e-9) break;
  }
  // Fold the standardisation into raw-feature weights: w·(x-m)/s + b = (w/s)·x + (b - Σ w m / s).
  const weights = w.slice(0, d).map((wj, j) => wj / sd[j]!);
  const bias = w[d]! - w.slice(0, d).reduce((acc, wj, j) => acc + (wj * mean[j]!) / sd[j]!, 0);
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

const dot = (row: number[], w: number[], b: number): number => row.reduce((s, v, j) => s + v * w[j]!, b);

/** The command line: `--write` and the corpora directory. */
export function trainingArgs(): { write: boolean; corporaDir: string } {
  const { values, positionals } = parseArgs({
    options: { write: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  return { write: values.write, corporaDir: positionals[0] ?? '../shared/corpora' };
}

/** Each pair's statements and pair features as the decision compares them (canonical order, quotations when both quote). */
export function pairRows(
  comparer: StatementComparer,
  pairs: ReadonlyArray<{ s1: string; s2: string }>,
): { feats: Array<[StatementFeatures, StatementFeatures]>; x: number[][] } {
  const feats = pairs.map((p) => canonicalOrder(comparer.features(p.s1), comparer.features(p.s2)));
  return { feats, x: feats.map(([a, b]) => comparer.pairFeatures(...comparedProfiles(a, b))) };
}

async function main(): Promise<void> {
  const { write, corporaDir } = trainingArgs();
  const pairs = await readPairs(join(corporaDir, 'msrp', 'train.jsonl'));
  const { feats, x } = pairRows(new StatementComparer(), pairs);
  const y = pairs.map((p) => p.label);
  const contained = feats.map(([a, b]) => quotesContained(a, b));
  const conflict = feats.map(([a, b]) => numbersConflict(a.whole, b.whole));
  const decide = (prob: number[], t: number): boolean[] =>
    prob.map((p, i) => !conflict[i] && (contained[i] ? Math.max(p, (1 + t) / 2) : p) >= t);

  // Out-of-fold probabilities: every pair scored by a model that never saw it.
  const oof = new Array<number>(x.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const trainIdx = x.map((_, i) => i).filter((i) => i % FOLDS !== f);
    const m = trainLogistic(trainIdx.map((i) => x[i]!), trainIdx.map((i) => y[i]!));
    x.forEach((row, i) => {
      if (i % FOLDS === f) oof[i] = sigmoid(dot(row, m.weights, m.bias));
    });
  }
  let best = { threshold: 0.5, accuracy: 0, f1: 0 };
  for (let k = 30; k <= 80; k++) {
    const t = k / 100;
    const m = accuracyAndF1(decide(oof, t), y);
    if (m.accuracy + m.f1 > best.accuracy + best.f1 + 1e-12) best = { threshold: t, ...m };
  }
  const { weights, bias } = trainLogistic(x, y);
  const full = accuracyAndF1(decide(x.map((row) => sigmoid(dot(row, weights, bias))), best.threshold), y);

  const source = weightsModuleSource({
    script: 'eval/train-compare.ts',
    about: [
      `The paraphrase classifier's constants (compare.ts): an L2-regularised logistic regression (L2 ${L2}) of the`,
      `pair features, solved by Newton's method on standardised features with the standardisation folded back into`,
      `these raw-feature weights, and the duplicate threshold chosen by ${FOLDS}-fold cross-validation on train`,
      `(accuracy + F1 of the full decision, quote containment and the number veto included); val is never read.`,
    ],
    figures: [
      `Data: msrp/train.jsonl of the corpora, ${pairs.length} pairs.`,
      `${FOLDS}-fold CV at the chosen threshold: accuracy ${best.accuracy.toFixed(4)}, F1 ${best.f1.toFixed(4)}`,
      `(refit on all of train: accuracy ${full.accuracy.toFixed(4)}, F1 ${full.f1.toFixed(4)})`,
    ],
    exportName: 'PARAPHRASE_CLASSIFIER',
    weights,
    bias,
    extra: [
      {
        name: 'threshold',
        value: String(best.threshold),
        doc: `Probability at or above which a pair is a duplicate: chosen by ${FOLDS}-fold CV on train, never on val.`,
      },
    ],
  });
  if (write) console.log(`wrote ${await writeWeightsModule('weights.generated.ts', source)}`);
  else process.stdout.write(source);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
