/**
 * The generated weights (eval/train-compare.ts and eval/train-grade.ts write them) must name the pair features
 * FEATURE_NAMES lists, in its order: a feature added, dropped or renamed without training again fails here.
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../../lambdas/pipeline/paraphrase/features.js';
import { PARAPHRASE_CLASSIFIER } from '../../../lambdas/pipeline/paraphrase/weights.generated.js';
import { GRADE_REGRESSION } from '../../../lambdas/pipeline/paraphrase/grade-weights.generated.js';
import { BIAS, DUPLICATE_THRESHOLD, WEIGHTS } from '../../../lambdas/pipeline/paraphrase/compare.js';
import { GRADE_BIAS, GRADE_WEIGHTS } from '../../../lambdas/pipeline/paraphrase/grade.js';

describe('generated weights', () => {
  it('name every pair feature, in FEATURE_NAMES order', () => {
    expect(Object.keys(PARAPHRASE_CLASSIFIER.weights)).toEqual([...FEATURE_NAMES]);
    expect(Object.keys(GRADE_REGRESSION.weights)).toEqual([...FEATURE_NAMES]);
  });

  it('are what the decision and the grade read, weight for weight', () => {
    expect(WEIGHTS).toEqual(FEATURE_NAMES.map((n) => PARAPHRASE_CLASSIFIER.weights[n]));
    expect(GRADE_WEIGHTS).toEqual(FEATURE_NAMES.map((n) => GRADE_REGRESSION.weights[n]));
    expect(WEIGHTS.every(Number.isFinite) && GRADE_WEIGHTS.every(Number.isFinite)).toBe(true);
    expect([BIAS, GRADE_BIAS]).toEqual([PARAPHRASE_CLASSIFIER.bias, GRADE_REGRESSION.bias]);
    expect(DUPLICATE_THRESHOLD).toBeGreaterThan(0);
    expect(DUPLICATE_THRESHOLD).toBeLessThan(1);
  });
});
