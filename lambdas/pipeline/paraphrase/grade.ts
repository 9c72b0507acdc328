/**
 * How alike two statements are, graded 0 (unrelated) to 1 (same meaning): a linear regression over the same pair
 * features the paraphrase classifier reads (features.ts), fitted to graded human judgements.
 *
 * Why a second combination of the same features: the classifier is trained to split paraphrases from near
 * paraphrases (MSRP has no unrelated pairs), so its probability saturates and ranks loosely related pairs poorly.
 * Regressing onto graded similarity weighs the features for the whole range. Costs one dot product per pair.
 *
 * The weights are measured, not written: ridge regression on the STS news tuning half, generated into
 * grade-weights.generated.ts by `npx tsx eval/train-grade.ts --write CORPORA` (see that file's header).
 */
import { FEATURE_NAMES, inFeatureOrder } from './features.js';
import { GRADE_REGRESSION } from './grade-weights.generated.js';

/** The regression's weights in FEATURE_NAMES order. */
export const GRADE_WEIGHTS: readonly number[] = inFeatureOrder(GRADE_REGRESSION.weights);
export const GRADE_BIAS: number = GRADE_REGRESSION.bias;

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
