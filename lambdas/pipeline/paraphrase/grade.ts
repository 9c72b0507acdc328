/**
 * How alike two statements are, graded 0 (unrelated) to 1 (same meaning): a linear regression over the same pair
 * features the paraphrase classifier reads (features.ts), fitted to graded human judgements.
 *
 * Why a second combination of the same features: the classifier is trained to split paraphrases from near
 * paraphrases (MSRP has no unrelated pairs), so its probability saturates and ranks loosely related pairs poorly.
 * Regressing onto graded similarity weighs the features for the whole range. Costs one dot product per pair.
 */
import { FEATURE_NAMES } from './features.js';

/**
 * Weights in FEATURE_NAMES order, then the bias. Ridge regression (L2 10 on standardised features, folded back
 * into raw-feature weights) of gold/5 on the tuning half of the STS news pairs (even line numbers), by
 * `npx tsx eval/train-grade.ts ../shared/corpora`; the odd half is held out to confirm it. Paste its output here
 * when the features, the word lists or the tokeniser change. Only these numbers are stored, no corpus text.
 */
// STS news tuning half: 1974 pairs, Pearson r of the fitted grade 0.7972; held-out half 0.7791
export const GRADE_WEIGHTS: readonly number[] = [
  0.140217, // contentJaccard
  0.277647, // contentOverlapMin
  0.079583, // contentOverlapMax
  -0.190002, // weightedJaccard
  -0.180379, // prefixJaccard
  0.198575, // stemDice
  0.493223, // char4Cosine
  0.064730, // lengthRatio
  0.105104, // unmatchedMin
  -0.084095, // numberMismatch
  -0.044499, // numberUnmatched
  0.007336, // negationMismatch
  -0.534764, // bleuMin
  -0.329774, // bleuMax
  0.054983, // unmatchedWeightMax
  0.001923, // unmatchedWeightMin
  0.053664, // lengthDiff
  0.052730, // numbersEqual
  0.176233, // jaccardSquared
  -0.120805, // conceptJaccard
  -0.105318, // bleu1Min
  -0.086879, // bleu1Max
  -0.308581, // bleu2Max
  0.146279, // bleu3Min
  0.137258, // bleu3Max
  0.104287, // bleu4Min
  0.187722, // bleu4Max
  0.032377, // editRate
  -0.156125, // meteorF
  -0.013747, // meteorFrag
  0.330264, // meteorScore
  -0.050750, // figuresConflict
  -0.076587, // logContentMin
  0.848247, // wordAlignF
];
export const GRADE_BIAS = -0.121413;

if (GRADE_WEIGHTS.length !== FEATURE_NAMES.length) throw new Error('grade.ts: one weight per pair feature');

const EDIT_RATE = FEATURE_NAMES.indexOf('editRate');

/**
 * The graded similarity of a pair feature vector, clipped to [0, 1]. The same words in the same order are the same
 * statement, graded 1: a linear fit cannot promise that (length and overlap features pull it either way).
 */
export function gradeOf(x: readonly number[]): number {
  if (x[EDIT_RATE] === 0) return 1;
  let z = GRADE_BIAS;
  for (let i = 0; i < x.length; i++) z += GRADE_WEIGHTS[i]! * x[i]!;
  return z < 0 ? 0 : z > 1 ? 1 : z;
}
