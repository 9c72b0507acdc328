/**
 * Pairwise lexical features of two text profiles, the inputs of the paraphrase classifier.
 * Every feature is symmetric in its two arguments, so the classifier's score is symmetric too.
 * The order of FEATURE_NAMES is the order of the learned weights in similarity.ts: change both together.
 */
import { currentProfile, type TextProfile } from './profile.js';
import { gramDot } from './char-grams.js';
import { IdMarks } from './ids.js';

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

/**
 * Membership tables of the side being compared against (see markSide). Module-level scratch: comparisons are
 * synchronous and each one stamps before it reads, so nothing carries over between them.
 */
const contentMarks = new IdMarks();
const contentConceptMarks = new IdMarks();
const prefixMarks = new IdMarks();
/** Stems and synonym classes of every word, each with its first position (the head of its position chain). */
const stemMarks = new IdMarks();
const conceptMarks = new IdMarks();
let meteorUsed = new Uint8Array(256);

/** Stamps b's sets (content stems with weights, prefixes, content concepts, stems, all concepts). */
function markSide(b: TextProfile): void {
  contentMarks.mark(b.content, b.contentWeight);
  contentConceptMarks.mark(b.concepts);
  prefixMarks.mark(b.prefixes);
  stemMarks.markFirstPositions(b.stems);
  conceptMarks.markFirstPositions(b.conceptSeq);
}

const jaccardOf = (inter: number, a: number, b: number): number => {
  const union = a + b - inter;
  return union === 0 ? 0 : inter / union;
};

const diceOf = (inter: number, a: number, b: number): number => {
  const total = a + b;
  return total === 0 ? 0 : (2 * inter) / total;
};

/** Both profiles in the current id generation (a profile kept across a table reset is rebuilt). */
function current(a: TextProfile, b: TextProfile): [TextProfile, TextProfile] {
  let pa = currentProfile(a);
  const pb = currentProfile(b);
  if (pa.generation !== pb.generation) pa = currentProfile(pa);
  return [pa, pb];
}

/** Sum of min(w_a, w_b) over shared content stems, in a's order (b marked). */
function sharedWeight(a: TextProfile): number {
  let shared = 0;
  for (let k = 0; k < a.content.length; k++) {
    const id = a.content[k]!;
    if (contentMarks.has(id)) shared += Math.min(a.contentWeight[k]!, contentMarks.value(id));
  }
  return shared;
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

/**
 * The feature vector of a pair, in FEATURE_NAMES order. The set is the one 10-fold cross-validation on MSRP train
 * kept (eval/train-compare.ts); features that did not help there (LCS, n-gram set Dice, name overlap, ...) are
 * gone to keep a comparison in the tens of microseconds.
 */
export function pairFeatures(first: TextProfile, second: TextProfile): FeatureVector {
  const [a, b] = current(first, second);
  // What a is measured against b: b's sets stamped once, then each a-side measure is a lookup per element.
  markSide(b);
  const inter = contentMarks.count(a.content);
  const shared = sharedWeight(a);
  const prefixInter = prefixMarks.count(a.prefixes);
  const stemInter = stemMarks.count(a.stemSet);
  const conceptInter = contentConceptMarks.count(a.concepts);
  const uab = unmatchedWeight(a);
  const alignAB = wordAlignment(a, b);
  const metAB = meteorOneWay(a, b);
  // ...and b against a.
  markSide(a);
  const uba = unmatchedWeight(b);
  const alignBA = wordAlignment(b, a);
  const metBA = meteorOneWay(b, a);

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
  const met = meteor(metAB, metBA, la, lb);
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
    Math.max(uab, uba),
    Math.min(uab, uba),
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
    editRate(a.stems, b.stems),
    met.f,
    met.frag,
    met.f * (1 - met.frag),
    numbersConflict(a, b) ? 1 : 0,
    Math.log1p(minSize),
    harmonic(alignAB, alignBA),
  ];
}

/**
 * The similarity that grades (rather than decides): word-list-rarity-weighted soft alignment of all words, the
 * harmonic mean of both directions' coverage. Also the classifier's last feature.
 */
export function gradedSimilarity(first: TextProfile, second: TextProfile): number {
  const [a, b] = current(first, second);
  markSide(b);
  const ab = wordAlignment(a, b);
  markSide(a);
  return harmonic(ab, wordAlignment(b, a));
}

const harmonic = (x: number, y: number): number => (x + y === 0 ? 0 : (2 * x * y) / (x + y));

/** Below this trigram Dice two words are not spellings of one word in the graded alignment. */
const GRADED_VARIANT_DICE = 0.5;

/** Shared elements of two sorted id arrays. */
function sortedIntersection(x: Int32Array, y: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const u = x[i]!;
    const v = y[j]!;
    if (u < v) i++;
    else if (u > v) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * Share of a's words (stop words included, by word-list rarity) that b covers: same stem 1, same synonym class
 * or 5-letter prefix 0.8, a near spelling ("Zelensky" / "Zelenskyy", "headscarf" / "scarf") 0.7 x its trigram Dice.
 * b must be marked (markSide).
 */
function wordAlignment(a: TextProfile, b: TextProfile): number {
  if (a.wordRareSum === 0) return 0;
  let covered = 0;
  for (let k = 0; k < a.slots.length; k++) {
    const x = a.slots[k]!;
    let best = 0;
    if (stemMarks.has(x.id)) best = 1;
    else if (conceptMarks.has(x.concept)) best = 0.8;
    // A shared 5-letter prefix is a derivation Porter leaves apart (decide / decision): as good as a synonym.
    else if (x.length >= 5 && prefixMarks.has(x.prefix)) best = 0.8;
    else {
      // Only words with the same first character can qualify: b's run of them (max is order-free).
      const initials = b.slotInitials;
      const ys = b.slotsByInitial;
      let lo = 0;
      let hi = initials.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (initials[mid]! < x.initial) lo = mid + 1;
        else hi = mid;
      }
      for (let m = lo; m < initials.length && initials[m] === x.initial; m++) {
        const y = ys[m]!;
        if (Math.abs(y.length - x.length) > 3) continue;
        const d = diceOf(sortedIntersection(x.trigrams, y.trigrams), x.trigrams.length, y.trigrams.length);
        if (d >= GRADED_VARIANT_DICE && 0.7 * d > best) best = 0.7 * d;
      }
    }
    covered += a.slotRare[k]! * best;
  }
  return covered / a.wordRareSum;
}

/** Scratch rows of editRate's dynamic programme, grown as needed (comparisons are synchronous). */
let editPrev = new Int32Array(64);
let editCur = new Int32Array(64);

/**
 * Word-level edit distance (substitution, insertion, deletion) over the mean length: a TER without shifts.
 * A common prefix and a common suffix never change a unit-cost edit distance (an optimal alignment can always pair
 * equal end elements), so only the differing middle is run through the quadratic table: two reports of one sentence
 * mostly differ in a few words, and that middle is then small.
 */
export function editRate(a: ArrayLike<string | number>, b: ArrayLike<string | number>): number {
  const mean = (a.length + b.length) / 2;
  if (mean === 0) return 0;
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start++;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const m = endA - start;
  const n = endB - start;
  let distance: number;
  if (m === 0) distance = n;
  else if (n === 0) distance = m;
  else {
    if (editPrev.length < n + 1) {
      editPrev = new Int32Array(2 * (n + 1));
      editCur = new Int32Array(2 * (n + 1));
    }
    let prev = editPrev;
    let cur = editCur;
    for (let j = 0; j <= n; j++) prev[j] = j;
    for (let i = 1; i <= m; i++) {
      const x = a[start + i - 1];
      cur[0] = i;
      let left = i;
      for (let j = 1; j <= n; j++) {
        const diagonal = prev[j - 1]! + (x === b[start + j - 1] ? 0 : 1);
        const up = prev[j]! + 1;
        let best = left + 1;
        if (up < best) best = up;
        if (diagonal < best) best = diagonal;
        cur[j] = best;
        left = best;
      }
      const t = prev;
      prev = cur;
      cur = t;
    }
    distance = prev[n]!;
  }
  return Math.min(2, distance / mean);
}

/**
 * METEOR-style unigram match over all words: each word of a takes the first unused word of b with the same stem,
 * then with the same synonym class. Returns the harmonic mean of precision and recall and the fragmentation
 * penalty 0.5 (chunks / matches)^3, averaged over both directions so the result is symmetric.
 */
function meteor(ab: { matches: number; chunks: number }, ba: { matches: number; chunks: number }, la: number, lb: number): { f: number; frag: number } {
  const matches = ab.matches;
  if (matches === 0 || la === 0 || lb === 0) return { f: 0, frag: 0.5 };
  const p = matches / la;
  const r = matches / lb;
  const f = (2 * p * r) / (p + r);
  const frag = (0.5 * ((ab.chunks / matches) ** 3 + (ba.chunks / Math.max(1, ba.matches)) ** 3)) / 2;
  return { f, frag };
}

/** One direction of meteor; b must be marked (markSide). */
function meteorOneWay(a: TextProfile, b: TextProfile): { matches: number; chunks: number } {
  const bl = b.stems.length;
  if (meteorUsed.length < bl) meteorUsed = new Uint8Array(bl * 2);
  const used = meteorUsed;
  used.fill(0, 0, bl);
  let matches = 0;
  let chunks = 0;
  let last = -2;
  for (let i = 0; i < a.stems.length; i++) {
    let hit = -1;
    const s = a.stems[i]!;
    // Prefer the word right after the previous match (keeps chunks whole), then the first free exact match,
    // then the first free synonym.
    if (last >= -1 && last + 1 < bl && used[last + 1] === 0 && b.stems[last + 1] === s) hit = last + 1;
    // First free position with the same stem, then with the same synonym class (chains are ascending).
    if (hit < 0 && stemMarks.has(s)) hit = firstFree(stemMarks.value(s), b.nextSameStem, used);
    if (hit < 0) {
      const c = a.conceptSeq[i]!;
      if (conceptMarks.has(c)) hit = firstFree(conceptMarks.value(c), b.nextSameConcept, used);
    }
    if (hit < 0) continue;
    used[hit] = 1;
    matches++;
    if (hit !== last + 1) chunks++;
    last = hit;
  }
  return { matches, chunks };
}

function firstFree(head: number, next: Int32Array, used: Uint8Array): number {
  for (let j = head; j >= 0; j = next[j]!) if (used[j] === 0) return j;
  return -1;
}

/** Smoothed BLEU-4 precision part (no brevity penalty: lengthRatio carries that) from the four precisions. */
function geometricMean(precisions: readonly number[]): number {
  let logSum = 0;
  for (const p of precisions) logSum += Math.log(p);
  return Math.exp(logSum / precisions.length);
}

/** Compares the n-grams starting at positions i of a and j of b (both have n words ahead). */
function compareGrams(a: Int32Array, i: number, b: Int32Array, j: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const d = a[i + k]! - b[j + k]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Clipped n-gram matches (BLEU): over the n-grams both texts have, the smaller of the two counts. One merge of
 * the two n-gram orders (TextProfile.ngramOrder), skipping positions with fewer than n words ahead.
 */
function ngramMatches(a: TextProfile, b: TextProfile, n: number): number {
  const oa = a.ngramOrder;
  const ob = b.ngramOrder;
  const sa = a.stems;
  const sb = b.stems;
  const lastA = sa.length - n;
  const lastB = sb.length - n;
  let i = 0;
  let j = 0;
  let hit = 0;
  for (;;) {
    while (i < oa.length && oa[i]! > lastA) i++;
    while (j < ob.length && ob[j]! > lastB) j++;
    if (i >= oa.length || j >= ob.length) return hit;
    const pa = oa[i]!;
    const pb = ob[j]!;
    const d = compareGrams(sa, pa, sb, pb, n);
    if (d < 0) i++;
    else if (d > 0) j++;
    else {
      // Run lengths of this n-gram on both sides.
      let ca = 0;
      while (i < oa.length && (oa[i]! > lastA || compareGrams(sa, oa[i]!, sa, pa, n) === 0)) {
        if (oa[i]! <= lastA) ca++;
        i++;
      }
      let cb = 0;
      while (j < ob.length && (ob[j]! > lastB || compareGrams(sb, ob[j]!, sb, pb, n) === 0)) {
        if (ob[j]! <= lastB) cb++;
        j++;
      }
      hit += Math.min(ca, cb);
    }
  }
}

/** Share of a's content weight that b (marked) does not cover: the information a adds. */
function unmatchedWeight(a: TextProfile): number {
  if (a.weightSum === 0) return 0;
  let missing = 0;
  for (let k = 0; k < a.content.length; k++) if (!contentMarks.has(a.content[k]!)) missing += a.contentWeight[k]!;
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
