/**
 * Are two statements the same statement in other words? The one decision that merging statements across outlets,
 * marking what a continuing story already said and `digest compare` all use. Everything that decides is here:
 *
 *  1. What is compared: when both statements quote someone at length (quote-profile.ts), their quotations, not the
 *     "X said" frame around them; else the whole statements. Each side is a TextProfile (profile.ts).
 *  2. What DECIDES: a logistic regression over 34 symmetric pair features (features.ts: overlap, rarity-weighted
 *     coverage, BLEU-style n-gram precision, a TER-like edit rate, METEOR-style stem + synonym matching, number and
 *     negation cues); a duplicate when its probability reaches DUPLICATE_THRESHOLD. Weights, bias and threshold are
 *     learned on MSRP train and generated into weights.generated.ts (eval/train-compare.ts).
 *  3. What GRADES: a linear regression of the same features on graded human similarity (grade.ts) gives the score,
 *     clamped to the side of the threshold the classifier chose, so `duplicate` is exactly
 *     `score >= DUPLICATE_THRESHOLD` and a higher score never means a different decision.
 *  4. Quotes: a statement whose quoted fragments all occur in the other's quotation quotes the same statement
 *     (quoteContained), scored at least midway between the threshold and 1.
 *  5. Number veto: contradicting digit figures (number-conflict.ts) hold the score below the threshold whatever the
 *     wording, checked on the whole statements (a figure outside the quotation counts too).
 *
 * Lexical only, so a comparison runs in tens of microseconds in a Lambda. The working state a comparison needs
 * (interned ids, word caches, scratch tables, cached statement features) belongs to a StatementComparer
 * (comparer.ts), the way in for every caller.
 */
import { inFeatureOrder, type PairFeatures } from './features.js';
import { gradeOf } from './grade.js';
import { numbersConflict } from './number-conflict.js';
import type { TextProfile } from './profile.js';
import { quoteContained, type QuoteProfile } from './quote-profile.js';
import { PARAPHRASE_CLASSIFIER } from './weights.generated.js';

export interface Comparison {
  duplicate: boolean;
  /**
   * Similarity in [0, 1]; higher is more alike. `duplicate` is exactly `score >= DUPLICATE_THRESHOLD`. Graded
   * (Pearson r 0.77 with STS news, held-out half), so it can rank candidates, not only split them.
   */
  score: number;
}

/** Everything about one statement the comparison needs (StatementComparer.features builds it). */
export interface StatementFeatures {
  text: string;
  whole: TextProfile;
  /** Null when the statement quotes nothing of substance. */
  quote: QuoteProfile | null;
}

/** Logistic-regression weights in FEATURE_NAMES order (trained data: weights.generated.ts), then the bias. */
export const WEIGHTS: readonly number[] = inFeatureOrder(PARAPHRASE_CLASSIFIER.weights);
export const BIAS: number = PARAPHRASE_CLASSIFIER.bias;
/** Probability above which a pair is a duplicate: chosen by 10-fold CV on MSRP train (accuracy + F1), never on val. */
export const DUPLICATE_THRESHOLD: number = PARAPHRASE_CLASSIFIER.threshold;

/** Where the score of a pair the classifier alone does not settle is held, as shares of the threshold. */
export const DEFAULT_DECISION = {
  /** Highest score two statements with contradicting figures can get: below the duplicate threshold. */
  conflictingNumbersShare: 0.9,
  /** Where a non-duplicate whose graded similarity says "very alike" is held: just below the threshold. */
  belowThresholdShare: 0.999,
} as const;

/** Score given to a statement whose quoted fragments all occur in the other's quotation (at least this). */
const CONTAINED_QUOTE_SCORE = (1 + DUPLICATE_THRESHOLD) / 2;
const CONFLICTING_NUMBERS_SCORE = DUPLICATE_THRESHOLD * DEFAULT_DECISION.conflictingNumbersShare;
const BELOW_THRESHOLD = DUPLICATE_THRESHOLD * DEFAULT_DECISION.belowThresholdShare;

/** The classifier's linear score (log-odds of "paraphrase") of a feature vector. */
function linear(x: readonly number[]): number {
  let z = BIAS;
  for (let i = 0; i < x.length; i++) z += (WEIGHTS[i] ?? 0) * x[i]!;
  return z;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The two profiles the classifier compares: the quotations when both statements quote someone at length (what
 * is quoted decides, not the shared "X said" frame around it), else the whole statements.
 */
export function comparedProfiles(a: StatementFeatures, b: StatementFeatures): [TextProfile, TextProfile] {
  return a.quote && b.quote ? [a.quote.profile, b.quote.profile] : [a.whole, b.whole];
}

/** The two statements in the order they are compared in: every answer is then exactly symmetric. */
export function canonicalOrder(first: StatementFeatures, second: StatementFeatures): [StatementFeatures, StatementFeatures] {
  // Every feature is symmetric up to floating-point summation order; comparing in a canonical order makes the
  // decision exactly symmetric, so merging never depends on which sentence came first.
  return first.text <= second.text ? [first, second] : [second, first];
}

/** Does one statement quote fragments that all occur in the other's quotation? */
export function quotesContained(a: StatementFeatures, b: StatementFeatures): boolean {
  return a.quote !== null && b.quote !== null && (quoteContained(a.quote, b.quote) || quoteContained(b.quote, a.quote));
}

/** The decision (see the module comment), with `features` computing the pair features. */
export function compareFeatures(first: StatementFeatures, second: StatementFeatures, features: PairFeatures): Comparison {
  const [a, b] = canonicalOrder(first, second);
  const x = features.of(...comparedProfiles(a, b));
  // Two jobs, one number: the classifier's probability DECIDES (it is what MSRP trains), and a regression of the
  // same features on graded judgements GRADES (the probability saturates and ranks unrelated pairs poorly: it
  // never saw one in training).
  // The graded similarity is clamped to the side of the threshold the classifier chose, so `duplicate` is still
  // exactly `score >= DUPLICATE_THRESHOLD` and a higher score never means a different decision.
  const paraphrase = sigmoid(linear(x)) >= DUPLICATE_THRESHOLD;
  const graded = gradeOf(x);
  let score = paraphrase ? Math.max(graded, DUPLICATE_THRESHOLD) : Math.min(graded, BELOW_THRESHOLD);
  if (quotesContained(a, b)) score = Math.max(score, CONTAINED_QUOTE_SCORE);
  // Contradicting figures veto the merge whatever the wording (checked on the whole statements: a figure
  // outside the quotation counts too).
  if (numbersConflict(a.whole, b.whole)) score = Math.min(score, CONFLICTING_NUMBERS_SCORE);
  return { duplicate: score >= DUPLICATE_THRESHOLD, score };
}
