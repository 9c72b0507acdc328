/**
 * The lexical profile of one text: every per-string quantity the pairwise similarity features need, computed
 * once so that comparing a sentence with many candidates costs only set intersections.
 */
import { STOP_WORDS, stem, words } from '../text/tokens.js';
import { rarityWeight, stopWordWeight } from './similarity-rarity.js';
import { synonymGroup } from './similarity-synonyms.js';

export interface TextProfile {
  /** Stems of all words, stop words included, in order (word order and bigrams need them). */
  stems: string[];
  /** Distinct content stems (stop words dropped). */
  content: Set<string>;
  /** Distinct 5-letter prefixes of content stems: catches derivations Porter leaves apart (acquire/acquisition). */
  prefixes: Set<string>;
  /** Rarity weight of each content stem (see rarity()). */
  weight: Map<string, number>;
  /** Sum of `weight` over `content`. */
  weightSum: number;
  /** Distinct stems, stop words included. */
  stemSet: Set<string>;
  /** Stem n-gram counts for n = 1..4 (index n-1) and each order's total: BLEU-style precision. */
  ngramCounts: Map<string, number>[];
  ngramTotals: number[];
  /** Character 4-gram counts over the normalised text, and the vector's Euclidean norm. */
  grams: Map<string, number>;
  gramNorm: number;
  /** Numbers mentioned, normalised ("3,000" and "3000" are one number; "five" is 5). */
  numbers: Set<string>;
  /** Only the numbers written in digits: figures. "the two capitals" or "one of them" is not a figure. */
  figures: Set<string>;
  /** Capitalised words not at the start of the text: a cheap stand-in for named entities. Lower-cased. */
  names: Set<string>;
  /** Content stems with their synonym class ("g12" when in a group, else the stem itself). */
  concepts: Set<string>;
  /**
   * Every distinct stem, stop words included, with its word-list rarity (stop words weigh little, but "not",
   * "before" or "her" still tell two sentences apart): what the graded similarity aligns.
   */
  wordSlots: WordSlot[];
  /** Sum of `rare` over wordSlots; the distinct synonym classes of all stems. */
  wordRareSum: number;
  allConcepts: Set<string>;
  /** Synonym class of every stem in order, stop words included (METEOR-style alignment). */
  conceptSeq: string[];
  /**
   * Lookup tables derived from the fields above, so a pairwise feature finds a word's matches without scanning
   * the other text: positions of each stem and each synonym class in `stems` (ascending), and the word slots by
   * the stem's first character (near spellings share it).
   */
  stemPositions: Map<string, number[]>;
  conceptPositions: Map<string, number[]>;
  slotsByInitial: Map<string, WordSlot[]>;
  /** Odd number of negation words: "did not deny" vs "denied" flips the meaning. */
  negated: boolean;
}

export interface WordSlot {
  stem: string;
  concept: string;
  /** Word-list rarity weight (similarity-rarity.ts). */
  rare: number;
  /** Character trigrams of the stem, padded: near-spellings (Zelensky / Zelenskyy) align. */
  trigrams: Set<string>;
}

/**
 * Per-stem values are the same in every profile: computed once per stem. The sets are shared between profiles, so
 * nothing may change them (the features only read them). Bounded so a huge day cannot grow them without end.
 */
const STEM_CACHE_LIMIT = 50_000;
const trigramCache = new Map<string, Set<string>>();
const conceptCache = new Map<string, string>();
function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function trigramsOf(word: string): Set<string> {
  return trigramCache.get(word) ?? remember(trigramCache, word, computeTrigrams(word));
}

function computeTrigrams(word: string): Set<string> {
  const padded = ` ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
  dozen: '12', half: '0.5',
};

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'nor', 'none', 'neither', 'nobody', 'nothing', 'cannot']);

/**
 * How much a shared word says about two texts meaning the same, without corpus statistics (none may ship):
 * long words are rarer than short ones (Zipf), and digits and names are the rarest of all.
 */
function rarity(word: string, isName: boolean): number {
  if (/\d/u.test(word)) return 2;
  const base = Math.min(2, 0.4 + word.length / 6);
  return isName ? base + 0.5 : base;
}

function charGrams(text: string): Map<string, number> {
  const norm = ` ${text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 4 <= norm.length; i++) {
    const g = norm.slice(i, i + 4);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/gu)) {
    const n = Number(m[0].replace(/,/gu, ''));
    if (Number.isFinite(n)) out.add(String(n));
  }
  return out;
}

function numbersOf(text: string, tokens: string[]): Set<string> {
  const out = figuresOf(text);
  for (const t of tokens) {
    const n = NUMBER_WORDS[t];
    if (n !== undefined) out.add(n);
  }
  return out;
}

/** Capitalised words after the first word, split out of the original text (words() lower-cases). */
function namesOf(text: string): Set<string> {
  const out = new Set<string>();
  let first = true;
  for (const m of text.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)) {
    const w = m[0];
    // A word right after a sentence end or an opening quote is capitalised for grammar, not because it is a name.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    const sentenceStart = first || /[.!?]\s$|["“‘]$/u.test(before);
    first = false;
    if (sentenceStart || !/^\p{Lu}/u.test(w)) continue;
    const lower = w.toLowerCase().replace(/’/gu, "'");
    if (STOP_WORDS.has(lower)) continue;
    out.add(stem(lower));
  }
  return out;
}

function conceptOf(s: string): string {
  return conceptCache.get(s) ?? remember(conceptCache, s, computeConcept(s));
}

function computeConcept(s: string): string {
  const g = synonymGroup(s);
  return g === undefined ? s : `g${g}`;
}

export function textProfile(text: string): TextProfile {
  const tokens = words(text);
  const stems = tokens.map(stem);
  const names = namesOf(text);
  const content = new Set<string>();
  const weight = new Map<string, number>();
  let weightSum = 0;
  let negations = 0;
  tokens.forEach((t, i) => {
    if (NEGATIONS.has(t) || t.endsWith("n't")) negations++;
    if (STOP_WORDS.has(t)) return;
    const s = stems[i]!;
    if (content.has(s)) return;
    content.add(s);
    const w = rarity(t, names.has(s));
    weight.set(s, w);
    weightSum += w;
  });
  const concepts = new Set<string>();
  const wordSlots: WordSlot[] = [];
  let wordRareSum = 0;
  for (const s of content) {
    const concept = conceptOf(s);
    concepts.add(concept);
    const r = rarityWeight(s, names.has(s));
    wordRareSum += r;
    wordSlots.push({ stem: s, concept, rare: r, trigrams: trigramsOf(s) });
  }
  const prefixes = new Set<string>();
  for (const s of content) prefixes.add(s.slice(0, 5));
  const ngramCounts: Map<string, number>[] = [];
  const ngramTotals: number[] = [];
  for (let n = 1; n <= 4; n++) {
    const counts = new Map<string, number>();
    let total = 0;
    for (let i = 0; i + n <= stems.length; i++) {
      // The same string as stems.slice(i, i + n).join(' '), without the intermediate array.
      let g = stems[i]!;
      for (let k = 1; k < n; k++) g += ' ' + stems[i + k]!;
      counts.set(g, (counts.get(g) ?? 0) + 1);
      total++;
    }
    ngramCounts.push(counts);
    ngramTotals.push(total);
  }
  const grams = charGrams(text);
  let sq = 0;
  for (const c of grams.values()) sq += c * c;
  for (const s of new Set(stems)) {
    if (content.has(s)) continue;
    const r = stopWordWeight(s);
    wordRareSum += r;
    wordSlots.push({ stem: s, concept: conceptOf(s), rare: r, trigrams: trigramsOf(s) });
  }
  const conceptSeq = stems.map(conceptOf);
  const slotsByInitial = new Map<string, WordSlot[]>();
  for (const slot of wordSlots) {
    const list = slotsByInitial.get(slot.stem[0]!);
    if (list) list.push(slot);
    else slotsByInitial.set(slot.stem[0]!, [slot]);
  }
  return {
    stems,
    content,
    prefixes,
    weight,
    weightSum,
    stemSet: new Set(stems),
    ngramCounts,
    ngramTotals,
    grams,
    gramNorm: Math.sqrt(sq),
    numbers: numbersOf(text, tokens),
    figures: figuresOf(text),
    names,
    concepts,
    wordSlots,
    wordRareSum,
    allConcepts: new Set(conceptSeq),
    conceptSeq,
    stemPositions: positionsOf(stems),
    conceptPositions: positionsOf(conceptSeq),
    slotsByInitial,
    negated: negations % 2 === 1,
  };
}

/** Each distinct value of a sequence with its positions, ascending. */
function positionsOf(seq: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  seq.forEach((v, i) => {
    const list = out.get(v);
    if (list) list.push(i);
    else out.set(v, [i]);
  });
  return out;
}
