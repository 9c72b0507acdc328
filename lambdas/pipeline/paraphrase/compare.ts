/**
 * Are two statements the same statement in other words? The one decision both merging statements across
 * outlets and `digest compare` use.
 *
 * Lexical only, so it runs in tens of microseconds in a Lambda: a logistic regression over 34 symmetric pair
 * features (similarity-features.ts: overlap, rarity-weighted coverage, BLEU-style n-gram precision, a TER-like
 * edit rate, METEOR-style stem + synonym matching, number and negation cues) of per-string profiles
 * (similarity-profile.ts) DECIDES; a linear regression of the same features on graded human similarity
 * (similarity-grade.ts) GRADES the score within the side of the threshold the classifier chose. When both
 * statements quote someone at length, the quotations are compared instead of the whole sentences, and a
 * statement quoting fragments of the other's quotation is the same statement (similarity-quotes.ts). Contradicting digit figures veto a merge whatever the wording.
 *
 * Callers comparing one sentence with many candidates precompute statementFeatures() once per sentence and call
 * compareFeatures(); compareStatements() is the convenience wrapper with the identical decision.
 */
import { FEATURE_NAMES, numbersConflict, pairFeatures } from './features.js';
import { gradeOf } from './grade.js';
import { textProfile, type TextProfile } from './profile.js';
import { quoteContained, quoteProfile, type QuoteProfile } from './quote-profile.js';

export interface Comparison {
  duplicate: boolean;
  /**
   * Similarity in [0, 1]; higher is more alike. `duplicate` is exactly `score >= DUPLICATE_THRESHOLD`. Graded
   * (Pearson r 0.77 with STS news, held-out half), so it can rank candidates, not only split them.
   */
  score: number;
}

/**
 * Logistic-regression weights in FEATURE_NAMES order, then the bias. Learned on MSRP train (3,576 pairs) by
 * `npx tsx eval/train-compare.ts ../shared/corpora` (Newton's method on standardised features, L2 0.01,
 * standardisation folded back into these raw-feature weights); paste its output here when the features, the
 * word lists or the tokeniser change. No corpus text or statistics are stored, only these numbers.
 */
// MSRP train: 3576 pairs; 10-fold CV at the chosen threshold: accuracy 0.7643, F1 0.8300
// (refit on all of train: accuracy 0.7654, F1 0.8309)
export const WEIGHTS: readonly number[] = [
  0.236959, // contentJaccard
  -0.825233, // contentOverlapMin
  0.332041, // contentOverlapMax
  -0.333421, // weightedJaccard
  1.146203, // prefixJaccard
  -1.217897, // stemDice
  2.105115, // char4Cosine
  -1.469347, // lengthRatio
  -0.252100, // unmatchedMin
  -0.041634, // numberMismatch
  -0.424263, // numberUnmatched
  -1.070222, // negationMismatch
  0.007501, // bleuMin
  -0.621089, // bleuMax
  0.560506, // unmatchedWeightMax
  0.802752, // unmatchedWeightMin
  -0.273169, // lengthDiff
  0.116848, // numbersEqual
  0.378718, // jaccardSquared
  0.829258, // conceptJaccard
  1.895414, // bleu1Min
  -0.360018, // bleu1Max
  -0.254469, // bleu2Max
  -0.333900, // bleu3Min
  -0.723019, // bleu3Max
  -1.035241, // bleu4Min
  -0.950186, // bleu4Max
  -1.979690, // editRate
  1.432859, // meteorF
  2.703572, // meteorFrag
  2.258325, // meteorScore
  -0.600267, // figuresConflict
  0.188225, // logContentMin
  0.416422, // wordAlignF
];
export const BIAS = -0.206080;
/** Probability above which a pair is a duplicate: chosen by 10-fold CV on MSRP train (accuracy + F1), never on val. */
export const DUPLICATE_THRESHOLD = 0.55;
/** Score given to a statement whose quoted fragments all occur in the other's quotation (at least this). */
const CONTAINED_QUOTE_SCORE = (1 + DUPLICATE_THRESHOLD) / 2;

/** Highest score two statements with contradicting figures can get: below the duplicate threshold. */
const CONFLICTING_NUMBERS_SCORE = DUPLICATE_THRESHOLD * 0.9;

export interface StatementFeatures {
  text: string;
  whole: TextProfile;
  /** Null when the statement quotes nothing of substance. */
  quote: QuoteProfile | null;
}

const cache = new Map<string, StatementFeatures>();
/** Bounded so a long-running Lambda container does not grow without end; a day's sentences fit. */
const CACHE_LIMIT = 50_000;

/** Everything about one statement the comparison needs, uncached: callers scoping their own cache use this. */
export function buildStatementFeatures(text: string): StatementFeatures {
  return { text, whole: textProfile(text), quote: quoteProfile(text) };
}

/** Everything about one statement the comparison needs, cached per string. */
export function statementFeatures(text: string): StatementFeatures {
  let f = cache.get(text);
  if (f === undefined) {
    f = buildStatementFeatures(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, f);
  }
  return f;
}

/** The classifier's linear score (log-odds of "paraphrase") of a feature vector. */
function linear(x: readonly number[]): number {
  let z = BIAS;
  for (let i = 0; i < x.length; i++) z += (WEIGHTS[i] ?? 0) * x[i]!;
  return z;
}

/** The classifier's linear score (log-odds of "paraphrase") for two profiles. */
export function logit(a: TextProfile, b: TextProfile): number {
  return linear(pairFeatures(a, b));
}

/** Just below the threshold: where a non-duplicate whose graded similarity says "very alike" is held. */
const BELOW_THRESHOLD = DUPLICATE_THRESHOLD * 0.999;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The two profiles the classifier compares: the quotations when both statements quote someone at length (what
 * is quoted decides, not the shared "X said" frame around it), else the whole statements.
 */
export function comparedProfiles(a: StatementFeatures, b: StatementFeatures): [TextProfile, TextProfile] {
  return a.quote && b.quote ? [a.quote.profile, b.quote.profile] : [a.whole, b.whole];
}

export function compareFeatures(first: StatementFeatures, second: StatementFeatures): Comparison {
  // Every feature is symmetric up to floating-point summation order; comparing in a canonical order makes the
  // decision exactly symmetric, so merging never depends on which sentence came first.
  const [a, b] = first.text <= second.text ? [first, second] : [second, first];
  const [pa, pb] = comparedProfiles(a, b);
  const x = pairFeatures(pa, pb);
  // Two jobs, one number: the classifier's probability DECIDES (it is what MSRP trains), and a regression of the
  // same features on graded judgements GRADES (the probability saturates and ranks unrelated pairs poorly: it
  // never saw one in training).
  // The graded similarity is clamped to the side of the threshold the classifier chose, so `duplicate` is still
  // exactly `score >= DUPLICATE_THRESHOLD` and a higher score never means a different decision.
  const paraphrase = sigmoid(linear(x)) >= DUPLICATE_THRESHOLD;
  const graded = gradeOf(x);
  let score = paraphrase ? Math.max(graded, DUPLICATE_THRESHOLD) : Math.min(graded, BELOW_THRESHOLD);
  if (a.quote && b.quote && (quoteContained(a.quote, b.quote) || quoteContained(b.quote, a.quote))) {
    score = Math.max(score, CONTAINED_QUOTE_SCORE);
  }
  // Contradicting figures veto the merge whatever the wording (checked on the whole statements: a figure
  // outside the quotation counts too).
  if (numbersConflict(a.whole, b.whole)) score = Math.min(score, CONFLICTING_NUMBERS_SCORE);
  return { duplicate: score >= DUPLICATE_THRESHOLD, score };
}

export function compareStatements(s1: string, s2: string): Comparison {
  return compareFeatures(statementFeatures(s1), statementFeatures(s2));
}

/** Exposed for the training script and tests: feature names in weight order. */
export { FEATURE_NAMES };
