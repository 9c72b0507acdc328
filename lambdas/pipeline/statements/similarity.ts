/**
 * Are two statements the same statement in other words? The one decision both merging statements across
 * outlets and `digest compare` use.
 *
 * Lexical only, so it runs in microseconds in a Lambda: a logistic regression over symmetric overlap features
 * (similarity-features.ts) of per-string profiles (similarity-profile.ts). When both statements quote someone
 * at length, the quotations are compared instead of the whole sentences, and a statement quoting fragments
 * of the other's quotation is the same statement (similarity-quotes.ts).
 *
 * Callers comparing one sentence with many candidates precompute statementFeatures() once per sentence and call
 * compareFeatures(); compareStatements() is the convenience wrapper with the identical decision.
 */
import { FEATURE_NAMES, numbersConflict, pairFeatures } from './similarity-features.js';
import { textProfile, type TextProfile } from './similarity-profile.js';
import { quoteContained, quoteProfile, type QuoteProfile } from './similarity-quotes.js';

export interface Comparison {
  duplicate: boolean;
  /** Similarity in [0, 1]; higher is more alike. `duplicate` is exactly `score >= DUPLICATE_THRESHOLD`. */
  score: number;
}

/**
 * Logistic-regression weights in FEATURE_NAMES order, then the bias. Learned on MSRP train (3,576 pairs) by
 * `npx tsx eval/train-compare.ts ../shared/corpora` (full-batch gradient descent on standardised features,
 * L2 0.01, standardisation folded back into these raw-feature weights); paste its output here when the
 * features change. No corpus text or statistics are stored, only these numbers.
 */
// MSRP train: 3576 pairs; accuracy 0.7553, F1 0.8150
export const WEIGHTS: readonly number[] = [
  0.385053, // contentJaccard
  -0.623702, // contentOverlapMin
  0.232369, // contentOverlapMax
  -0.041698, // weightedJaccard
  1.338281, // prefixJaccard
  1.234908, // stemDice
  -0.281002, // bigramDice
  2.786348, // char4Cosine
  3.724506, // lcsRatio
  -0.012777, // lengthRatio
  -0.104086, // unmatchedMax
  -0.099247, // unmatchedMin
  -0.090071, // numberMismatch
  -0.523583, // numberUnmatched
  0.018881, // nameUnmatched
  -1.107888, // negationMismatch
  -1.603968, // trigramDice
  -0.521050, // bleuMin
  -1.572950, // bleuMax
  0.446532, // unmatchedWeightMax
  0.598496, // unmatchedWeightMin
  -0.130060, // lengthDiff
  -0.183321, // nameJaccard
  0.161569, // numbersEqual
  0.468488, // jaccardSquared
  0.615102, // conceptJaccard
  0.025056, // alignMin
  0.113126, // alignMax
];
export const BIAS = -2.918714;
/** Probability above which a pair is a duplicate: the accuracy-maximising cut on MSRP train, never on val. */
export const DUPLICATE_THRESHOLD = 0.61;

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

/** Everything about one statement the comparison needs, cached per string. */
export function statementFeatures(text: string): StatementFeatures {
  let f = cache.get(text);
  if (f === undefined) {
    f = { text, whole: textProfile(text), quote: quoteProfile(text) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, f);
  }
  return f;
}

/** The classifier's linear score (log-odds of "paraphrase") for two profiles. */
export function logit(a: TextProfile, b: TextProfile): number {
  const x = pairFeatures(a, b);
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

export function compareFeatures(first: StatementFeatures, second: StatementFeatures): Comparison {
  // Every feature is symmetric up to floating-point summation order; comparing in a canonical order makes the
  // decision exactly symmetric, so merging never depends on which sentence came first.
  const [a, b] = first.text <= second.text ? [first, second] : [second, first];
  const [pa, pb] = comparedProfiles(a, b);
  let score = sigmoid(logit(pa, pb));
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
