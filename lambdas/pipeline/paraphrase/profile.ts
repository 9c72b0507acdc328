/**
 * The lexical profile of one text: every per-string quantity the pairwise similarity features need, computed
 * once so that comparing a sentence with many candidates costs only set intersections. Words, stems, synonym
 * classes and n-grams are held as integer ids (similarity-ids.ts), so a profile is a few small typed arrays and
 * an intersection is a table lookup per element.
 */
import { STOP_WORDS, stem, wordSpans, words } from '../text/tokens.js';
import { rarityWeight, stopWordWeight } from './rarity.js';
import { synonymGroup } from '../lexicon/synonyms.js';
import { charGrams, type CharGrams } from './char-grams.js';
import { currentGeneration, ensureRoom, IdMarks, idOf, onGenerationReset } from './ids.js';

export interface TextProfile {
  /** The text profiled (a profile of an older id generation is rebuilt from it). */
  text: string;
  /** Id generation (similarity-ids.ts) the ids below belong to. */
  generation: number;
  /** Stem id of every word, stop words included, in order (word order and n-grams need them). */
  stems: Int32Array;
  /** Synonym class id of every word in order, stop words included (METEOR-style alignment). */
  conceptSeq: Int32Array;
  /**
   * Next position with the same stem / the same synonym class (-1 at the last): with the first position of each
   * (stamped per comparison) they give a word's positions in ascending order without a Map per text.
   */
  nextSameStem: Int32Array;
  nextSameConcept: Int32Array;
  /** Distinct content stems (stop words dropped), first occurrence first, with their rarity weights (see rarity()). */
  content: Int32Array;
  contentWeight: Float64Array;
  /** Sum of contentWeight, in content order. */
  weightSum: number;
  /** Distinct 5-letter prefixes of content stems: catches derivations Porter leaves apart (acquire/acquisition). */
  prefixes: Int32Array;
  /** Distinct stems, stop words included. */
  stemSet: Int32Array;
  /** Distinct synonym classes of the content stems, and of all stems. */
  concepts: Int32Array;
  allConcepts: Int32Array;
  /**
   * Word positions sorted by the (up to) four stems starting there, a position running out of words sorting
   * first: for every n <= 4 the positions with n words ahead are in n-gram order, equal n-grams side by side,
   * so BLEU-style clipped n-gram matches are one merge of two such lists.
   */
  ngramOrder: Int32Array;
  /** Character 4-grams of the text with their counts and norm (similarity-grams.ts). */
  grams: CharGrams;
  /** Numbers mentioned, normalised ("3,000" and "3000" are one number; "five" is 5). */
  numbers: Set<string>;
  /** Only the numbers written in digits: figures. "the two capitals" or "one of them" is not a figure. */
  figures: Set<string>;
  /**
   * Every distinct stem, stop words included (content stems first), with its word-list rarity (stop words weigh
   * little, but "not", "before" or "her" still tell two sentences apart): what the graded similarity aligns.
   */
  slots: StemInfo[];
  slotRare: Float64Array;
  /**
   * The slots ordered by their first UTF-16 unit (then slot order), with those units: a near spelling must share
   * the first character, so the alignment reads only that run of the other text's slots.
   */
  slotsByInitial: StemInfo[];
  slotInitials: Int32Array;
  /** Sum of slotRare, in slot order. */
  wordRareSum: number;
  /** Odd number of negation words: "did not deny" vs "denied" flips the meaning. */
  negated: boolean;
}

/** What a stem contributes to any profile: computed once per stem and id generation, shared (never changed). */
export interface StemInfo {
  stem: string;
  id: number;
  /** Id of the synonym class ("g12" when in a group, else the stem itself). */
  concept: number;
  /** Id of the stem's first five characters. */
  prefix: number;
  /** First UTF-16 unit and length: near spellings share the first character and differ little in length. */
  initial: number;
  length: number;
  /** Sorted distinct ids of the stem's padded character trigrams: near-spellings (Zelensky / Zelenskyy) align. */
  trigrams: Int32Array;
  /** Word-list rarity (similarity-rarity.ts) as a content word, as a name, and as a stop word. */
  rare: number;
  rareName: number;
  stopWeight: number;
}

/** What a token contributes, computed once per distinct token (the same words recur all day). */
interface TokenInfo {
  stem: StemInfo;
  stop: boolean;
  negation: boolean;
  /** NUMBER_WORDS[token]: the plain-object lookup is kept as it was (see numbersOf). */
  numberWord: unknown;
  hasDigit: boolean;
  /** rarity() without the name bonus. */
  rarityBase: number;
}

const STEM_CACHE_LIMIT = 200_000;
let stemInfos = new Map<string, StemInfo>();
let tokenInfos = new Map<string, TokenInfo>();
onGenerationReset(() => {
  stemInfos = new Map();
  tokenInfos = new Map();
});

function stemInfo(s: string): StemInfo {
  let info = stemInfos.get(s);
  if (info === undefined) {
    const padded = ` ${s} `;
    const tri = new Set<number>();
    for (let i = 0; i + 3 <= padded.length; i++) tri.add(idOf(padded.slice(i, i + 3)));
    info = {
      stem: s,
      id: idOf(s),
      concept: idOf(computeConcept(s)),
      prefix: idOf(s.slice(0, 5)),
      initial: s.charCodeAt(0),
      length: s.length,
      trigrams: Int32Array.from(tri).sort(),
      rare: rarityWeight(s, false),
      rareName: rarityWeight(s, true),
      stopWeight: stopWordWeight(s),
    };
    // Ids are what profiles hold, so this cache is only dropped with the id table (ensureRoom), never on its own.
    stemInfos.set(s, info);
  }
  return info;
}

function tokenInfo(t: string): TokenInfo {
  let info = tokenInfos.get(t);
  if (info === undefined) {
    const hasDigit = /\d/u.test(t);
    info = {
      stem: stemInfo(stem(t)),
      stop: STOP_WORDS.has(t),
      negation: NEGATIONS.has(t) || t.endsWith("n't"),
      numberWord: NUMBER_WORDS[t],
      hasDigit,
      rarityBase: Math.min(2, 0.4 + t.length / 6),
    };
    if (tokenInfos.size >= STEM_CACHE_LIMIT) tokenInfos.clear();
    tokenInfos.set(t, info);
  }
  return info;
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
function rarity(t: TokenInfo, isName: boolean): number {
  if (t.hasDigit) return 2;
  const base = t.rarityBase;
  return isName ? base + 0.5 : base;
}

function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  // Most sentences state no figure: skip the scan.
  if (!/\d/u.test(text)) return out;
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/gu)) {
    const n = Number(m[0].replace(/,/gu, ''));
    if (Number.isFinite(n)) out.add(String(n));
  }
  return out;
}

/**
 * Figures plus number words. NUMBER_WORDS is a plain object, so the word "constructor" finds Object's constructor
 * and counts as a number (the same one on both sides); kept as is, because fixing it would move decisions.
 */
function numbersOf(figures: ReadonlySet<string>, tokens: readonly TokenInfo[]): Set<string> {
  const out = new Set(figures);
  for (const t of tokens) if (t.numberWord !== undefined) out.add(t.numberWord as string);
  return out;
}

const UPPER_START = /^\p{Lu}/u;
const AFTER_SENTENCE_END = /[.!?]\s$|["“‘]$/u;

/**
 * Capitalised words after the first word, split out of the original text (words() lower-cases). Words are read
 * from the NFKC form, while what stands before a word is read from the original text at the same offset (as it
 * always was: the two differ only where NFKC changes a text's length).
 */
export function namesOf(text: string): Set<string> {
  const out = new Set<string>();
  const norm = text.normalize('NFKC');
  const spans = wordSpans(norm);
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    // The first word is capitalised for grammar, whatever it is.
    if (k === 0) continue;
    const c = norm.charCodeAt(start);
    if (c < 128 ? c < 65 || c > 90 : !UPPER_START.test(norm.slice(start, spans[k + 1]))) continue;
    // A word right after a sentence end or an opening quote is capitalised for grammar, not because it is a name.
    if (AFTER_SENTENCE_END.test(text.slice(Math.max(0, start - 2), start))) continue;
    const lower = norm.slice(start, spans[k + 1]).toLowerCase().replace(/’/gu, "'");
    if (STOP_WORDS.has(lower)) continue;
    out.add(stem(lower));
  }
  return out;
}

function computeConcept(s: string): string {
  const g = synonymGroup(s);
  return g === undefined ? s : `g${g}`;
}

/** Scratch sets of ids for building one profile (profiles are built one at a time, synchronously). */
const seenMarks = new IdMarks();
const contentSeen = new IdMarks();
const stemSeen = new IdMarks();
/** Distinct ids of a sequence, first occurrence first. */
function distinct(ids: ArrayLike<number>): Int32Array {
  seenMarks.clear();
  let n = 0;
  const out = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (seenMarks.add(id)) out[n++] = id;
  }
  return n === out.length ? out : out.slice(0, n);
}

/**
 * One id field of each stem, as an Int32Array. A plain loop: TypedArray.from with a mapping function goes through
 * the iterator protocol and was a hot spot (the typed-array constructor's array fast path is used elsewhere).
 */
function idsOf(infos: readonly StemInfo[], field: 'id' | 'prefix' | 'concept'): Int32Array {
  const out = new Int32Array(infos.length);
  for (let k = 0; k < infos.length; k++) out[k] = infos[k]![field];
  return out;
}

const laterMarks = new IdMarks();
/** For each position, the next position holding the same id (-1 when none). */
function nextSame(seq: Int32Array): Int32Array {
  const next = new Int32Array(seq.length).fill(-1);
  laterMarks.clear();
  for (let i = seq.length - 1; i >= 0; i--) {
    const v = seq[i]!;
    if (laterMarks.has(v)) next[i] = laterMarks.value(v);
    laterMarks.put(v, i);
  }
  return next;
}

/** Positions ordered by the up to four stems starting there (missing words first), then by position. */
function ngramOrderOf(stems: Int32Array): Int32Array {
  const n = stems.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const at = (i: number): number => (i < n ? stems[i]! : -1);
  return order.sort((x, y) => {
    for (let k = 0; k < 4; k++) {
      const d = at(x + k) - at(y + k);
      if (d !== 0) return d;
    }
    return x - y;
  });
}

/**
 * Slots by first character (see TextProfile.slotsByInitial), equal ones in slot order: an insertion sort, a
 * sentence has a few dozen slots. A stem without a first character (never) could match nothing and is left out.
 */
function byInitial(slots: readonly StemInfo[]): { slotsByInitial: StemInfo[]; slotInitials: Int32Array } {
  const sorted: StemInfo[] = [];
  const initials = new Int32Array(slots.length);
  let n = 0;
  for (const s of slots) {
    if (s.length === 0) continue;
    const c = s.initial;
    let k = n;
    while (k > 0 && initials[k - 1]! > c) {
      initials[k] = initials[k - 1]!;
      sorted[k] = sorted[k - 1]!;
      k--;
    }
    initials[k] = c;
    sorted[k] = s;
    n++;
  }
  return { slotsByInitial: sorted, slotInitials: n === slots.length ? initials : initials.slice(0, n) };
}

export function textProfile(text: string): TextProfile {
  ensureRoom();
  const words_ = words(text);
  const tokens = words_.map(tokenInfo);
  const n = tokens.length;
  const stems = new Int32Array(n);
  const conceptSeq = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    stems[i] = tokens[i]!.stem.id;
    conceptSeq[i] = tokens[i]!.stem.concept;
  }
  const names = namesOf(text);
  // Content stems in first-occurrence order, with the rarity of the token that brought each in.
  const contentInfos: StemInfo[] = [];
  const contentWeights: number[] = [];
  const inContent = contentSeen;
  inContent.clear();
  let weightSum = 0;
  let negations = 0;
  for (const t of tokens) {
    if (t.negation) negations++;
    if (t.stop) continue;
    const s = t.stem;
    if (!inContent.add(s.id)) continue;
    const w = rarity(t, names.has(s.stem));
    contentInfos.push(s);
    contentWeights.push(w);
    weightSum += w;
  }
  const slots: StemInfo[] = [];
  const slotRare: number[] = [];
  let wordRareSum = 0;
  for (const s of contentInfos) {
    const r = names.has(s.stem) ? s.rareName : s.rare;
    wordRareSum += r;
    slots.push(s);
    slotRare.push(r);
  }
  stemSeen.clear();
  for (const t of tokens) {
    const s = t.stem;
    if (!stemSeen.add(s.id)) continue;
    if (inContent.has(s.id)) continue;
    const r = s.stopWeight;
    wordRareSum += r;
    slots.push(s);
    slotRare.push(r);
  }
  const figures = figuresOf(text);
  return {
    text,
    generation: currentGeneration(),
    stems,
    conceptSeq,
    nextSameStem: nextSame(stems),
    nextSameConcept: nextSame(conceptSeq),
    content: idsOf(contentInfos, 'id'),
    contentWeight: new Float64Array(contentWeights),
    weightSum,
    prefixes: distinct(idsOf(contentInfos, 'prefix')),
    stemSet: distinct(stems),
    concepts: distinct(idsOf(contentInfos, 'concept')),
    allConcepts: distinct(conceptSeq),
    ngramOrder: ngramOrderOf(stems),
    grams: charGrams(text),
    numbers: numbersOf(figures, tokens),
    figures,
    slots,
    slotRare: new Float64Array(slotRare),
    ...byInitial(slots),
    wordRareSum,
    negated: negations % 2 === 1,
  };
}

/** The profile itself when its ids are of the current generation, else the same text profiled again. */
export function currentProfile(p: TextProfile): TextProfile {
  return p.generation === currentGeneration() ? p : textProfile(p.text);
}
