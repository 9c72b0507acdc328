/**
 * Pairwise lexical features of two text profiles, the inputs of the paraphrase classifier.
 * Every feature is symmetric in its two arguments, so the classifier's score is symmetric too.
 * The order of FEATURE_NAMES is the order of the learned weights in similarity.ts: change both together.
 */
import type { TextProfile } from './similarity-profile.js';

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

export type FeatureVector = number[];

function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const inter = intersectionSize(a, b);
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * intersectionSize(a, b)) / total;
}

function weightedJaccard(a: TextProfile, b: TextProfile): number {
  let shared = 0;
  for (const [s, w] of a.weight) {
    const wb = b.weight.get(s);
    if (wb !== undefined) shared += Math.min(w, wb);
  }
  const union = a.weightSum + b.weightSum - shared;
  return union <= 0 ? 0 : shared / union;
}

function cosine(a: TextProfile, b: TextProfile): number {
  if (a.gramNorm === 0 || b.gramNorm === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let dot = 0;
  for (const [g, c] of small) {
    const d = large.get(g);
    if (d !== undefined) dot += c * d;
  }
  return dot / (a.gramNorm * b.gramNorm);
}

function unmatchedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (!b.has(x)) n++;
  return n;
}

/**
 * The feature vector of a pair, in FEATURE_NAMES order. The set is the one 10-fold cross-validation on MSRP train
 * kept (eval/train-compare.ts); features that did not help there (LCS, n-gram set Dice, name overlap, ...) are
 * gone to keep a comparison in the tens of microseconds.
 */
export function pairFeatures(a: TextProfile, b: TextProfile): FeatureVector {
  const inter = intersectionSize(a.content, b.content);
  const minSize = Math.min(a.content.size, b.content.size);
  const maxSize = Math.max(a.content.size, b.content.size);
  const la = a.stems.length;
  const lb = b.stems.length;
  const onlyA = a.content.size - inter;
  const onlyB = b.content.size - inter;
  const numbersBoth = a.numbers.size > 0 && b.numbers.size > 0;
  const numberUnmatched = unmatchedCount(a.numbers, b.numbers) + unmatchedCount(b.numbers, a.numbers);
  const pab = [1, 2, 3, 4].map((n) => ngramPrecision(a, b, n));
  const pba = [1, 2, 3, 4].map((n) => ngramPrecision(b, a, n));
  const bleuAB = geometricMean(pab);
  const bleuBA = geometricMean(pba);
  const uab = unmatchedWeight(a, b);
  const uba = unmatchedWeight(b, a);
  const contentJaccard = inter / (a.content.size + b.content.size - inter || 1);
  const met = meteor(a, b);
  const [p1ab, p2ab, p3ab, p4ab] = pab as [number, number, number, number];
  const [p1ba, p2ba, p3ba, p4ba] = pba as [number, number, number, number];
  return [
    contentJaccard,
    minSize === 0 ? 0 : inter / minSize,
    maxSize === 0 ? 0 : inter / maxSize,
    weightedJaccard(a, b),
    jaccard(a.prefixes, b.prefixes),
    dice(a.stemSet, b.stemSet),
    cosine(a, b),
    Math.max(la, lb) === 0 ? 0 : Math.min(la, lb) / Math.max(la, lb),
    Math.log1p(Math.min(onlyA, onlyB)),
    numbersBoth && numberUnmatched > 0 ? 1 : 0,
    Math.log1p(numberUnmatched),
    a.negated !== b.negated ? 1 : 0,
    Math.min(bleuAB, bleuBA),
    Math.max(bleuAB, bleuBA),
    Math.max(uab, uba),
    Math.min(uab, uba),
    Math.log1p(Math.abs(la - lb)),
    numbersBoth && numberUnmatched === 0 ? 1 : 0,
    contentJaccard ** 2,
    jaccard(a.concepts, b.concepts),
    Math.min(p1ab, p1ba),
    Math.max(p1ab, p1ba),
    Math.max(p2ab, p2ba),
    Math.min(p3ab, p3ba),
    Math.max(p3ab, p3ba),
    Math.min(p4ab, p4ba),
    Math.max(p4ab, p4ba),
    editRate(a.stems, b.stems),
    met.f,
    met.frag,
    met.f * (1 - met.frag),
    numbersConflict(a, b) ? 1 : 0,
    Math.log1p(minSize),
    gradedSimilarity(a, b),
  ];
}

/**
 * The similarity that grades (rather than decides): word-list-rarity-weighted soft alignment of all words, the
 * harmonic mean of both directions' coverage. Also the classifier's last feature.
 */
export function gradedSimilarity(a: TextProfile, b: TextProfile): number {
  return harmonic(wordAlignment(a, b), wordAlignment(b, a));
}

const harmonic = (x: number, y: number): number => (x + y === 0 ? 0 : (2 * x * y) / (x + y));

/** Below this trigram Dice two words are not spellings of one word in the graded alignment. */
const GRADED_VARIANT_DICE = 0.5;

/**
 * Share of a's words (stop words included, by word-list rarity) that b covers: same stem 1, same synonym class
 * or 5-letter prefix 0.8, a near spelling ("Zelensky" / "Zelenskyy", "headscarf" / "scarf") 0.7 x its trigram Dice.
 */
function wordAlignment(a: TextProfile, b: TextProfile): number {
  if (a.wordRareSum === 0) return 0;
  let covered = 0;
  for (const x of a.wordSlots) {
    let best = 0;
    if (b.stemSet.has(x.stem)) best = 1;
    else if (b.allConcepts.has(x.concept)) best = 0.8;
    // A shared 5-letter prefix is a derivation Porter leaves apart (decide / decision): as good as a synonym.
    else if (x.stem.length >= 5 && b.prefixes.has(x.stem.slice(0, 5))) best = 0.8;
    else {
      // Only slots with the same first character can qualify: the table holds exactly those (max is order-free).
      for (const y of b.slotsByInitial.get(x.stem[0]!) ?? []) {
        if (Math.abs(y.stem.length - x.stem.length) > 3) continue;
        const d = dice(x.trigrams, y.trigrams);
        if (d >= GRADED_VARIANT_DICE && 0.7 * d > best) best = 0.7 * d;
      }
    }
    covered += x.rare * best;
  }
  return covered / a.wordRareSum;
}

/** Word-level edit distance (substitution, insertion, deletion) over the mean length: a TER without shifts. */
export function editRate(a: readonly string[], b: readonly string[]): number {
  const mean = (a.length + b.length) / 2;
  if (mean === 0) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return Math.min(2, prev[b.length]! / mean);
}

/**
 * METEOR-style unigram match over all words: each word of a takes the first unused word of b with the same stem,
 * then with the same synonym class. Returns the harmonic mean of precision and recall and the fragmentation
 * penalty 0.5 (chunks / matches)^3, averaged over both directions so the result is symmetric.
 */
function meteor(a: TextProfile, b: TextProfile): { f: number; frag: number } {
  const ab = meteorOneWay(a, b);
  const ba = meteorOneWay(b, a);
  const matches = ab.matches;
  const la = a.stems.length;
  const lb = b.stems.length;
  if (matches === 0 || la === 0 || lb === 0) return { f: 0, frag: 0.5 };
  const p = matches / la;
  const r = matches / lb;
  const f = (2 * p * r) / (p + r);
  const frag = (0.5 * ((ab.chunks / matches) ** 3 + (ba.chunks / Math.max(1, ba.matches)) ** 3)) / 2;
  return { f, frag };
}

function meteorOneWay(a: TextProfile, b: TextProfile): { matches: number; chunks: number } {
  const used = new Uint8Array(b.stems.length);
  let matches = 0;
  let chunks = 0;
  let last = -2;
  for (let i = 0; i < a.stems.length; i++) {
    let hit = -1;
    // Prefer the word right after the previous match (keeps chunks whole), then the first free exact match,
    // then the first free synonym.
    if (last >= -1 && last + 1 < b.stems.length && used[last + 1] === 0 && b.stems[last + 1] === a.stems[i]) hit = last + 1;
    // First free position with the same stem, then with the same synonym class (positions are ascending).
    if (hit < 0) hit = firstFree(b.stemPositions.get(a.stems[i]!), used);
    if (hit < 0) hit = firstFree(b.conceptPositions.get(a.conceptSeq[i]!), used);
    if (hit < 0) continue;
    used[hit] = 1;
    matches++;
    if (hit !== last + 1) chunks++;
    last = hit;
  }
  return { matches, chunks };
}

function firstFree(positions: readonly number[] | undefined, used: Uint8Array): number {
  if (positions) for (const j of positions) if (used[j] === 0) return j;
  return -1;
}

/** Smoothed BLEU-4 precision part (no brevity penalty: lengthRatio carries that) from the four precisions. */
function geometricMean(precisions: readonly number[]): number {
  let logSum = 0;
  for (const p of precisions) logSum += Math.log(p);
  return Math.exp(logSum / precisions.length);
}

/** Clipped n-gram matches of `hyp` in `ref` over hyp's n-grams, smoothed by +1 as in BLEU+1. */
function ngramPrecision(hyp: TextProfile, ref: TextProfile, n: number): number {
  const h = hyp.ngramCounts[n - 1]!;
  const r = ref.ngramCounts[n - 1]!;
  let hit = 0;
  for (const [g, c] of h) {
    const d = r.get(g);
    if (d !== undefined) hit += Math.min(c, d);
  }
  return (hit + 1) / (hyp.ngramTotals[n - 1]! + 1);
}

/** Share of a's content weight that b does not cover: the information a adds. */
function unmatchedWeight(a: TextProfile, b: TextProfile): number {
  if (a.weightSum === 0) return 0;
  let missing = 0;
  for (const [s, w] of a.weight) if (!b.weight.has(s)) missing += w;
  return missing / a.weightSum;
}

/** Two numbers this close are one figure rounded or updated ("33.4" / "34"), not a different figure. */
const SAME_FIGURE_TOLERANCE = 0.1;

function hasFarNumber(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const xs of a) {
    if (b.has(xs)) continue;
    const x = Number(xs);
    let near = false;
    for (const ys of b) {
      const y = Number(ys);
      if (Math.abs(x - y) <= SAME_FIGURE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) near = true;
    }
    if (!near) return true;
  }
  return false;
}

/**
 * Each text states a figure the other contradicts (1,500 troops vs 12,000 troops): the two report different
 * facts however alike their words, and the digest shows such figures as disputed rather than merging them.
 * A figure present on one side only (an added date) is not a conflict; nor are number words ("the two sides").
 */
export function numbersConflict(a: TextProfile, b: TextProfile): boolean {
  return hasFarNumber(a.figures, b.figures) && hasFarNumber(b.figures, a.figures);
}


/** Name of the feature gradedSimilarity() computes (the score's grading, see similarity.ts). */
export const GRADED_FEATURE = 'wordAlignF';
