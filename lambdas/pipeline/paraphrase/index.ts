/**
 * Are two texts the same statement? The paraphrase decision (compare.ts says what decides) and what it is built
 * from: text profiles (profile.ts), pair features (features.ts and the measures beside it), the trained weights
 * (weights.generated.ts, grade-weights.generated.ts). Callers go through a StatementComparer (comparer.ts).
 */
export { StatementComparer, DEFAULT_COMPARER_LIMITS, type ComparerLimits, type StoryComparer } from './comparer.js';
export { DUPLICATE_THRESHOLD, type Comparison, type StatementFeatures } from './compare.js';
export { FEATURE_NAMES, type FeatureName, type FeatureVector } from './features.js';
export type { TextProfile } from './profile.js';
