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
  'bigramDice',
  'char4Cosine',
  'lcsRatio',
  'lengthRatio',
  'unmatchedMax',
  'unmatchedMin',
  'numberMismatch',
  'numberUnmatched',
  'nameUnmatched',
  'negationMismatch',
  'trigramDice',
  'bleuMin',
  'bleuMax',
  'unmatchedWeightMax',
  'unmatchedWeightMin',
  'lengthDiff',
  'nameJaccard',
  'numbersEqual',
  'jaccardSquared',
  'conceptJaccard',
  'alignMin',
  'alignMax',
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

/** Longest common subsequence of two stem sequences (word order kept), two rows of DP. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

function unmatchedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (!b.has(x)) n++;
  return n;
}

/** The feature vector of a pair, in FEATURE_NAMES order. */
export function pairFeatures(a: TextProfile, b: TextProfile): FeatureVector {
  const inter = intersectionSize(a.content, b.content);
  const minSize = Math.min(a.content.size, b.content.size);
  const maxSize = Math.max(a.content.size, b.content.size);
  const la = a.stems.length;
  const lb = b.stems.length;
  const lcs = lcsLength(a.stems, b.stems);
  const onlyA = unmatchedCount(a.content, b.content);
  const onlyB = unmatchedCount(b.content, a.content);
  const numbersBoth = a.numbers.size > 0 && b.numbers.size > 0;
  const numberUnmatched = unmatchedCount(a.numbers, b.numbers) + unmatchedCount(b.numbers, a.numbers);
  const nameUnmatched = unmatchedNames(a, b) + unmatchedNames(b, a);
  const bleuAB = bleu(a, b);
  const bleuBA = bleu(b, a);
  return [
    jaccard(a.content, b.content),
    minSize === 0 ? 0 : inter / minSize,
    maxSize === 0 ? 0 : inter / maxSize,
    weightedJaccard(a, b),
    jaccard(a.prefixes, b.prefixes),
    dice(a.stemSet, b.stemSet),
    dice(a.bigrams, b.bigrams),
    cosine(a, b),
    Math.max(la, lb) === 0 ? 0 : lcs / Math.max(la, lb),
    Math.max(la, lb) === 0 ? 0 : Math.min(la, lb) / Math.max(la, lb),
    Math.log1p(Math.max(onlyA, onlyB)),
    Math.log1p(Math.min(onlyA, onlyB)),
    numbersBoth && numberUnmatched > 0 ? 1 : 0,
    Math.log1p(numberUnmatched),
    Math.log1p(nameUnmatched),
    a.negated !== b.negated ? 1 : 0,
    dice(a.trigrams, b.trigrams),
    Math.min(bleuAB, bleuBA),
    Math.max(bleuAB, bleuBA),
    Math.max(unmatchedWeight(a, b), unmatchedWeight(b, a)),
    Math.min(unmatchedWeight(a, b), unmatchedWeight(b, a)),
    Math.log1p(Math.abs(la - lb)),
    jaccard(a.names, b.names),
    numbersBoth && numberUnmatched === 0 ? 1 : 0,
    jaccard(a.content, b.content) ** 2,
    jaccard(a.concepts, b.concepts),
    Math.min(alignment(a, b), alignment(b, a)),
    Math.max(alignment(a, b), alignment(b, a)),
  ];
}

/** Below this trigram Dice two different words are unrelated, not variants of one spelling. */
const SPELLING_VARIANT_DICE = 0.6;

/**
 * Soft word alignment: each content word of a finds its best partner in b (same stem 1, same synonym group 0.8,
 * a near spelling its trigram Dice times 0.7), weighted by rarity. The share of a's meaning b covers.
 */
function alignment(a: TextProfile, b: TextProfile): number {
  if (a.weightSum === 0) return 0;
  let covered = 0;
  for (const x of a.slots) {
    let best = 0;
    if (b.content.has(x.stem)) best = 1;
    else if (b.concepts.has(x.concept)) best = 0.8;
    else {
      for (const y of b.slots) {
        // Cheap guards first: spelling variants share their first letter and are of similar length.
        if (y.stem[0] !== x.stem[0] || Math.abs(y.stem.length - x.stem.length) > 3) continue;
        const d = dice(x.trigrams, y.trigrams);
        if (d >= SPELLING_VARIANT_DICE && 0.7 * d > best) best = 0.7 * d;
      }
    }
    covered += x.weight * best;
  }
  return covered / a.weightSum;
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

/** Smoothed BLEU-4 precision part of `hyp` against `ref` (no brevity penalty: lengthRatio carries that). */
function bleu(hyp: TextProfile, ref: TextProfile): number {
  let logSum = 0;
  for (let n = 1; n <= 4; n++) logSum += Math.log(ngramPrecision(hyp, ref, n));
  return Math.exp(logSum / 4);
}

/** Share of a's content weight that b does not cover: the information a adds. */
function unmatchedWeight(a: TextProfile, b: TextProfile): number {
  if (a.weightSum === 0) return 0;
  let missing = 0;
  for (const [s, w] of a.weight) if (!b.weight.has(s)) missing += w;
  return missing / a.weightSum;
}

/** Names of one text that the other does not mention at all (as a name or as any word). */
function unmatchedNames(a: TextProfile, b: TextProfile): number {
  let n = 0;
  for (const name of a.names) if (!b.names.has(name) && !b.content.has(name)) n++;
  return n;
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
