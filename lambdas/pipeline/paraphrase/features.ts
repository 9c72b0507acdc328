/**
 * Pairwise lexical features of two text profiles, the inputs of the paraphrase classifier and of the graded score.
 * Every feature is symmetric in its two arguments, so the classifier's score is symmetric too.
 *
 * The measures live in their own modules: word alignment (word-alignment.ts), METEOR-style matching (meteor.ts),
 * BLEU-style n-grams (ngrams.ts), the edit rate (edit-rate.ts), contradicting figures (number-conflict.ts) and
 * character 4-grams (char-grams.ts). The trained weights (weights.generated.ts, grade-weights.generated.ts) are
 * keyed by FEATURE_NAMES: change the features, then run the training scripts again.
 */
import { gramDot } from './char-grams.js';
import { EditRows, editRate } from './edit-rate.js';
import { diceOf, harmonic, jaccardOf } from './measures.js';
import { meteor, MeteorMatcher, type MeteorMatches } from './meteor.js';
import { geometricMean, ngramMatches } from './ngrams.js';
import { numbersConflict } from './number-conflict.js';
import type { Interner } from './ids.js';
import type { Profiler, TextProfile } from './profile.js';
import { SideMarks } from './side-marks.js';
import { wordAlignment } from './word-alignment.js';

export const FEATURE_NAMES = [
  'contentJaccard',
  'contentOverlapMin',
  'contentOverlapMax',
  'weightedJaccard',
  'prefixJaccard',
  'stemDice',
  'char4Cosine',
  'lengthRatio',
  'unmatchedMin',
  'numberMismatch',
  'numberUnmatched',
  'negationMismatch',
  'bleuMin',
  'bleuMax',
  'unmatchedWeightMax',
  'unmatchedWeightMin',
  'lengthDiff',
  'numbersEqual',
  'jaccardSquared',
  'conceptJaccard',
  'bleu1Min',
  'bleu1Max',
  'bleu2Max',
  'bleu3Min',
  'bleu3Max',
  'bleu4Min',
  'bleu4Max',
  'editRate',
  'meteorF',
  'meteorFrag',
  'meteorScore',
  'figuresConflict',
  'logContentMin',
  'wordAlignF',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = number[];

/**
 * Trained weights keyed by feature name, as a vector in FEATURE_NAMES order. The generated files key them by name
 * so that a weight can never land on another feature; a test holds their names to FEATURE_NAMES.
 */
export function inFeatureOrder(weights: Readonly<Record<FeatureName, number>>): number[] {
  return FEATURE_NAMES.map((name) => weights[name]);
}

function cosine(a: TextProfile, b: TextProfile): number {
  if (a.grams.norm === 0 || b.grams.norm === 0) return 0;
  return gramDot(a.grams, a.text, b.grams, b.text) / (a.grams.norm * b.grams.norm);
}

function unmatchedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (!b.has(x)) n++;
  return n;
}

/** Sum of min(w_a, w_b) over shared content stems, in a's order (b marked). */
function sharedWeight(a: TextProfile, marks: SideMarks): number {
  let shared = 0;
  for (let k = 0; k < a.content.length; k++) {
    const id = a.content[k]!;
    if (marks.content.has(id)) shared += Math.min(a.contentWeight[k]!, marks.content.value(id));
  }
  return shared;
}

/** Share of a's content weight that b (marked) does not cover: the information a adds. */
function unmatchedWeight(a: TextProfile, marks: SideMarks): number {
  if (a.weightSum === 0) return 0;
  let missing = 0;
  for (let k = 0; k < a.content.length; k++) if (!marks.content.has(a.content[k]!)) missing += a.contentWeight[k]!;
  return missing / a.weightSum;
}

/** The measures taken one way, a against b (b marked). */
interface OneWay {
  unmatchedWeight: number;
  alignment: number;
  meteor: MeteorMatches;
}

/**
 * Computes pair features over one Profiler's profiles. Owns the scratch tables of one comparison (the marked side,
 * METEOR's used words, the edit-distance rows): one comparison at a time, synchronously. Owned by a StatementComparer
 * (comparer.ts), and lives as long as it does.
 */
export class PairFeatures {
  private readonly marks: SideMarks;
  private readonly meteor = new MeteorMatcher();
  private readonly rows = new EditRows();

  constructor(
    ids: Interner,
    private readonly profiler: Profiler,
  ) {
    this.marks = new SideMarks(ids);
  }

  /**
   * The feature vector of a pair, in FEATURE_NAMES order. The set is the one 10-fold cross-validation on MSRP train
   * kept (eval/train-compare.ts); features that did not help there (LCS, n-gram set Dice, name overlap, ...) are
   * gone to keep a comparison in the tens of microseconds.
   */
  of(first: TextProfile, second: TextProfile): FeatureVector {
    const [a, b] = this.profiler.currentPair(first, second);
    const marks = this.marks;
    // What a is measured against b: b's sets stamped once, then each a-side measure is a lookup per element.
    marks.mark(b);
    const inter = marks.content.count(a.content);
    const shared = sharedWeight(a, marks);
    const prefixInter = marks.prefixes.count(a.prefixes);
    const stemInter = marks.stems.count(a.stemSet);
    const conceptInter = marks.contentConcepts.count(a.concepts);
    const ab = this.oneWay(a, b);
    // ...and b against a.
    marks.mark(a);
    const ba = this.oneWay(b, a);

    const aSize = a.content.length;
    const bSize = b.content.length;
    const minSize = Math.min(aSize, bSize);
    const maxSize = Math.max(aSize, bSize);
    const la = a.stems.length;
    const lb = b.stems.length;
    const onlyA = aSize - inter;
    const onlyB = bSize - inter;
    const numbersBoth = a.numbers.size > 0 && b.numbers.size > 0;
    const numberUnmatched = unmatchedCount(a.numbers, b.numbers) + unmatchedCount(b.numbers, a.numbers);
    // Clipped n-gram matches are symmetric (sum of the smaller count per shared n-gram): one merge per order.
    const hits = [1, 2, 3, 4].map((n) => ngramMatches(a, b, n));
    const pab = hits.map((hit, i) => (hit + 1) / (Math.max(0, la - i) + 1));
    const pba = hits.map((hit, i) => (hit + 1) / (Math.max(0, lb - i) + 1));
    const bleuAB = geometricMean(pab);
    const bleuBA = geometricMean(pba);
    const contentJaccard = inter / (aSize + bSize - inter || 1);
    const weightUnion = a.weightSum + b.weightSum - shared;
    const met = meteor(ab.meteor, ba.meteor, la, lb);
    const [p1ab, p2ab, p3ab, p4ab] = pab as [number, number, number, number];
    const [p1ba, p2ba, p3ba, p4ba] = pba as [number, number, number, number];
    return [
      contentJaccard,
      minSize === 0 ? 0 : inter / minSize,
      maxSize === 0 ? 0 : inter / maxSize,
      weightUnion <= 0 ? 0 : shared / weightUnion,
      jaccardOf(prefixInter, a.prefixes.length, b.prefixes.length),
      diceOf(stemInter, a.stemSet.length, b.stemSet.length),
      cosine(a, b),
      Math.max(la, lb) === 0 ? 0 : Math.min(la, lb) / Math.max(la, lb),
      Math.log1p(Math.min(onlyA, onlyB)),
      numbersBoth && numberUnmatched > 0 ? 1 : 0,
      Math.log1p(numberUnmatched),
      a.negated !== b.negated ? 1 : 0,
      Math.min(bleuAB, bleuBA),
      Math.max(bleuAB, bleuBA),
      Math.max(ab.unmatchedWeight, ba.unmatchedWeight),
      Math.min(ab.unmatchedWeight, ba.unmatchedWeight),
      Math.log1p(Math.abs(la - lb)),
      numbersBoth && numberUnmatched === 0 ? 1 : 0,
      contentJaccard ** 2,
      jaccardOf(conceptInter, a.concepts.length, b.concepts.length),
      Math.min(p1ab, p1ba),
      Math.max(p1ab, p1ba),
      Math.max(p2ab, p2ba),
      Math.min(p3ab, p3ba),
      Math.max(p3ab, p3ba),
      Math.min(p4ab, p4ba),
      Math.max(p4ab, p4ba),
      editRate(a.stems, b.stems, this.rows),
      met.f,
      met.frag,
      met.f * (1 - met.frag),
      numbersConflict(a, b) ? 1 : 0,
      Math.log1p(minSize),
      harmonic(ab.alignment, ba.alignment),
    ];
  }

  /** The one-way measures of a against b; b must be marked. */
  private oneWay(a: TextProfile, b: TextProfile): OneWay {
    return {
      unmatchedWeight: unmatchedWeight(a, this.marks),
      alignment: wordAlignment(a, b, this.marks),
      meteor: this.meteor.oneWay(a, b, this.marks),
    };
  }
}
