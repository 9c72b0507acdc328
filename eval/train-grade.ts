/**
 * Fits the graded-similarity constants (paraphrase/grade.ts) on the STS news tuning half and generates
 * lambdas/pipeline/paraphrase/grade-weights.generated.ts from them.
 *
 *   npx tsx eval/train-grade.ts [--write] [corporaDir]      (default ../shared/corpora)
 *
 * Without --write it prints the module it would write; with --write it writes it (eval/weights-file.ts).
 *
 * Ridge regression of gold/5 on the pair features compareFeatures computes (canonical order, quotations when both
 * statements quote), solved in closed form on standardised features: deterministic, the same data gives the same
 * weights. Only the tuning half (isTuningPair) is fitted; the held-out half's Pearson r of the final score (the
 * classifier's decision clamps it, as in compareFeatures) is printed to confirm, never used to choose anything.
 */
import { StatementComparer } from '../lambdas/pipeline/paraphrase/index.js';
import { gradeOf } from '../lambdas/pipeline/paraphrase/grade.js';
import { correlations, isTuningPair, readStsPairs } from './sts.js';
import { columnStats, pairRows, solveSpd, trainingArgs } from './train-compare.js';
import { weightsModuleSource, writeWeightsModule } from './weights-file.js';

/** Ridge penalty on standardised features (sum-of-squares scale): a light one, the features are correlated. */
const L2 = 10;

/** Least squares with an L2 penalty; returns raw-feature weights and bias (standardisation folded back). */
export function trainRidge(x: number[][], y: number[], l2: number): { weights: number[]; bias: number } {
  const d = x[0]!.length;
  const n = x.length;
  const { mean, sd } = columnStats(x);
  const my = y.reduce((a, b) => a + b, 0) / n;
  const a = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (__, j) => (i === j ? l2 : 0)));
  const b = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) {
    const z = x[i]!.map((v, j) => (v - mean[j]!) / sd[j]!);
    for (let j = 0; j < d; j++) {
      b[j]! += z[j]! * (y[i]! - my);
      for (let k = 0; k < d; k++) a[j]![k]! += z[j]! * z[k]!;
    }
  }
  const w = solveSpd(a, b);
  const weights = w.map((wj, j) => wj / sd[j]!);
  const bias = my - w.reduce((acc, wj, j) => acc + (wj * mean[j]!) / sd[j]!, 0);
  return { weights, bias };
}

async function main(): Promise<void> {
  const { write, corporaDir } = trainingArgs();
  const pairs = await readStsPairs(corporaDir);
  const tuning = pairs.map((_, i) => i).filter(isTuningPair);
  const heldOut = pairs.map((_, i) => i).filter((i) => !isTuningPair(i));
  const comparer = new StatementComparer();
  const { x } = pairRows(comparer, pairs);
  const { weights, bias } = trainRidge(tuning.map((i) => x[i]!), tuning.map((i) => pairs[i]!.score / 5), L2);

  const fitted = pairs.map((_, i) => gradeWith(x[i]!, weights, bias));
  const fit = correlations(pairs, fitted, tuning);
  const held = correlations(pairs, fitted, heldOut);
  const source = weightsModuleSource({
    script: 'eval/train-grade.ts',
    about: [
      `The graded similarity's constants (grade.ts): ridge regression (L2 ${L2} on standardised features, folded back`,
      `into raw-feature weights) of gold/5 on the pair features of the tuning half of the STS news pairs (even line`,
      `numbers); the odd half is held out to confirm it, never used to choose anything.`,
    ],
    figures: [
      `Data: sts/sts_news.jsonl of the corpora, tuning half ${tuning.length} pairs, held-out half ${heldOut.length} pairs.`,
      `Pearson r of the fitted grade: tuning half ${fit.r.toFixed(4)}; held-out half ${held.r.toFixed(4)}`,
    ],
    exportName: 'GRADE_REGRESSION',
    weights,
    bias,
  });
  if (write) console.log(`wrote ${await writeWeightsModule('grade-weights.generated.ts', source)}`);
  else process.stdout.write(source);
  // With the generated constants as they are now, the score the pipeline gives (classifier clamp included).
  const scores = pairs.map((p) => comparer.compare(p.s1, p.s2).score);
  const current = pairs.map((_, i) => gradeOf(x[i]!));
  const now = correlations(pairs, scores, heldOut);
  const grade = correlations(pairs, current, heldOut);
  console.log(
    `// as generated now: grade r held-out ${grade.r.toFixed(4)}; compare score r held-out ${now.r.toFixed(4)} (${now.perSubset})`,
  );
}

function gradeWith(x: readonly number[], weights: readonly number[], bias: number): number {
  let z = bias;
  for (let i = 0; i < x.length; i++) z += weights[i]! * x[i]!;
  return Math.min(1, Math.max(0, z));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
