/**
 * The lexical profile of one text: every per-string quantity the pairwise similarity features need, computed
 * once so that comparing a sentence with many candidates costs only set intersections. Words, stems, synonym
 * classes and n-grams are held as integer ids (ids.ts), so a profile is a few small typed arrays and an
 * intersection is a table lookup per element.
 *
 * Profiles are built by a Profiler, which owns what building them needs: the word infos of its interner's current
 * generation and the scratch tables of one build.
 */
import { STOP_WORDS, stem, wordSpans, words } from '../text/tokens.js';
import { charGrams, GramScratch, type CharGrams } from './char-grams.js';
import { IdMarks, type IdGeneration, type Interner } from './ids.js';
import { tokenRarity, WordInfos, type StemInfo, type TokenInfo } from './word-info.js';

export interface TextProfile {
  /** The text profiled (a profile of an older id generation is rebuilt from it). */
  text: string;
  /** Id generation (ids.ts) the ids below belong to. */
  generation: IdGeneration;
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
  /**
   * Distinct content stems (stop words dropped), first occurrence first, with their rarity weights (word-info.ts
   * tokenRarity).
   */
  content: Int32Array;
  contentWeight: Float64Array;
  /** Sum of contentWeight, in content order. */
  weightSum: number;
  /** Distinct 5-letter prefixes of content stems: catches derivations Porter leaves apart (acquire/acquisition). */
  prefixes: Int32Array;
  /** Distinct stems, stop words included. */
  stemSet: Int32Array;
  /** Distinct synonym classes of the content stems. */
  concepts: Int32Array;
  /**
   * Word positions sorted by the (up to) four stems starting there, a position running out of words sorting
   * first: for every n <= 4 the positions with n words ahead are in n-gram order, equal n-grams side by side,
   * so BLEU-style clipped n-gram matches are one merge of two such lists.
   */
  ngramOrder: Int32Array;
  /** Character 4-grams of the text with their counts and norm (char-grams.ts). */
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
 * Figures plus number words. NUMBER_WORDS (word-info.ts) is a plain object, so the word "constructor" finds
 * Object's constructor and counts as a number (the same one on both sides); kept as is, because fixing it would
 * move decisions.
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

/** Distinct ids of a sequence, first occurrence first (`seen`: a scratch table). */
function distinct(ids: ArrayLike<number>, seen: IdMarks): Int32Array {
  seen.clear();
  let n = 0;
  const out = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (seen.add(id)) out[n++] = id;
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

/** For each position, the next position holding the same id (-1 when none); `later`: a scratch table. */
function nextSame(seq: Int32Array, later: IdMarks): Int32Array {
  const next = new Int32Array(seq.length).fill(-1);
  later.clear();
  for (let i = seq.length - 1; i >= 0; i--) {
    const v = seq[i]!;
    if (later.has(v)) next[i] = later.value(v);
    later.put(v, i);
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

/** Content stems of a text in first-occurrence order, with the rarity of the token that brought each in. */
interface Content {
  infos: StemInfo[];
  weights: number[];
  weightSum: number;
  negations: number;
}

/** The slots the graded alignment reads (TextProfile.slots): content stems first, then the other stems. */
interface Slots {
  slots: StemInfo[];
  slotRare: number[];
  wordRareSum: number;
}

/**
 * Builds the text profiles of one interner's ids. Owns what building needs: the word infos of the interner's
 * current generation (dropped when it starts a new one) and the scratch tables of one build (profiles are built
 * one at a time, synchronously). Owned by a StatementComparer (comparer.ts), and lives as long as it does.
 */
export class Profiler {
  private readonly words: WordInfos;
  private readonly grams = new GramScratch();
  /** Scratch sets of ids of one build: distinct(), nextSame(), the content stems and the stems seen so far. */
  private readonly seen: IdMarks;
  private readonly later: IdMarks;
  private readonly inContent: IdMarks;
  private readonly stemSeen: IdMarks;

  /** `tokenLimit`: distinct tokens whose infos are kept before that cache starts over. */
  constructor(
    private readonly ids: Interner,
    tokenLimit: number,
  ) {
    this.words = new WordInfos(ids, tokenLimit);
    this.seen = new IdMarks(ids);
    this.later = new IdMarks(ids);
    this.inContent = new IdMarks(ids);
    this.stemSeen = new IdMarks(ids);
  }

  /** The profile of a text in the interner's current generation. */
  profile(text: string): TextProfile {
    if (this.ids.ensureRoom()) this.words.reset();
    const tokens = words(text).map((w) => this.words.token(w));
    const n = tokens.length;
    const stems = new Int32Array(n);
    const conceptSeq = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      stems[i] = tokens[i]!.stem.id;
      conceptSeq[i] = tokens[i]!.stem.concept;
    }
    const names = namesOf(text);
    const content = this.contentOf(tokens, names);
    const { slots, slotRare, wordRareSum } = this.slotsOf(tokens, content.infos, names);
    const figures = figuresOf(text);
    return {
      text,
      generation: this.ids.generation,
      stems,
      conceptSeq,
      nextSameStem: nextSame(stems, this.later),
      nextSameConcept: nextSame(conceptSeq, this.later),
      content: idsOf(content.infos, 'id'),
      contentWeight: new Float64Array(content.weights),
      weightSum: content.weightSum,
      prefixes: distinct(idsOf(content.infos, 'prefix'), this.seen),
      stemSet: distinct(stems, this.seen),
      concepts: distinct(idsOf(content.infos, 'concept'), this.seen),
      ngramOrder: ngramOrderOf(stems),
      grams: charGrams(text, this.grams),
      numbers: numbersOf(figures, tokens),
      figures,
      slots,
      slotRare: new Float64Array(slotRare),
      ...byInitial(slots),
      wordRareSum,
      negated: content.negations % 2 === 1,
    };
  }

  /** The profile itself when its ids are of the current generation, else the same text profiled again. */
  current(p: TextProfile): TextProfile {
    return p.generation === this.ids.generation ? p : this.profile(p.text);
  }

  /** Both profiles in the current id generation (a profile kept across a table reset is rebuilt). */
  currentPair(a: TextProfile, b: TextProfile): [TextProfile, TextProfile] {
    let pa = this.current(a);
    const pb = this.current(b);
    // Rebuilding b may have started a new generation.
    if (pa.generation !== pb.generation) pa = this.current(pa);
    return [pa, pb];
  }

  /** Content stems (stop words dropped); leaves them marked in `inContent` for slotsOf. */
  private contentOf(tokens: readonly TokenInfo[], names: ReadonlySet<string>): Content {
    const infos: StemInfo[] = [];
    const weights: number[] = [];
    const inContent = this.inContent;
    inContent.clear();
    let weightSum = 0;
    let negations = 0;
    for (const t of tokens) {
      if (t.negation) negations++;
      if (t.stop) continue;
      const s = t.stem;
      if (!inContent.add(s.id)) continue;
      const w = tokenRarity(t, names.has(s.stem));
      infos.push(s);
      weights.push(w);
      weightSum += w;
    }
    return { infos, weights, weightSum, negations };
  }

  /** Every distinct stem with its word-list rarity: content stems (marked by contentOf) first, in their order. */
  private slotsOf(tokens: readonly TokenInfo[], contentInfos: readonly StemInfo[], names: ReadonlySet<string>): Slots {
    const slots: StemInfo[] = [];
    const slotRare: number[] = [];
    let wordRareSum = 0;
    for (const s of contentInfos) {
      const r = names.has(s.stem) ? s.rareName : s.rare;
      wordRareSum += r;
      slots.push(s);
      slotRare.push(r);
    }
    const stemSeen = this.stemSeen;
    stemSeen.clear();
    for (const t of tokens) {
      const s = t.stem;
      if (!stemSeen.add(s.id)) continue;
      if (this.inContent.has(s.id)) continue;
      const r = s.stopWeight;
      wordRareSum += r;
      slots.push(s);
      slotRare.push(r);
    }
    return { slots, slotRare, wordRareSum };
  }
}
