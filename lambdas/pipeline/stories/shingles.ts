/**
 * The day's word 3-shingle sets and their MinHash signatures, computed once and read by both checks of shared
 * wording: wire copies (copies.ts, Jaccard >= 0.8) and versions of one report (versions.ts, Jaccard >= 0.3). The
 * two band the same 120-hash signature differently, so a day's texts are hashed once.
 */
import type { Article, PlanningInput } from '../model.js';
import { LshIndex, type LshOptions } from '../text/lsh.js';
import { UnionFind } from '../union-find.js';
import { createMinHasher, distinctSorted, hashDecimal32, hashString32, wordShingleHashes } from '../text/minhash.js';
import { DAY_MEMO_LIMITS, RepeatCache } from '../bounded-cache.js';
import { words } from '../text/tokens.js';

const SHINGLE_WORDS = 3;
/** Texts with fewer shingles than this are too short to share wording ("Photo: Reuters" is no report). */
export const MIN_SHINGLES = 8;
/** Slots per signature: copies band them 20 x 6, versions 60 x 2. */
export const SIGNATURE_HASHES = 120;
const hasher = createMinHasher(SIGNATURE_HASHES, 0xc0b1e5);

/** One text's distinct shingle hashes, ascending, and its signature (null below MIN_SHINGLES shingles). */
export function textShingles(text: string): TextShingles {
  const set = wordShingleHashes(words(text), SHINGLE_WORDS);
  return { set, signature: set.length >= MIN_SHINGLES ? signatureOf(set) : null };
}

/**
 * The MinHash of shingle hashes, taken over the decimal text of each hash, as it always was: other keys would give
 * other LSH candidates, and so possibly other copy groups.
 */
function signatureOf(hashes: ArrayLike<number>): Uint32Array {
  return hasher.signatureOfHashes(Uint32Array.from(hashes, hashDecimal32));
}

/**
 * textShingles(text) from its lines' shares (`lines`: the text split at '\n', each line's LineShingles, in order).
 * Words never span a line end, so a text's shingles are its lines' own and those that span a line end, and the
 * MinHash of a union is the slot-wise minimum of its parts': a line's signature, when it has one, is reused.
 */
export function shinglesOfLines(text: string, lines: readonly LineShingles[]): TextShingles {
  let total = 0;
  for (const l of lines) total += l.count;
  if (total < SHINGLE_WORDS) return textShingles(text);
  const rest = crossingShingles(lines);
  const crossing = rest.length;
  let size = crossing;
  for (const l of lines) size += l.set.length;
  const all = new Uint32Array(size);
  all.set(rest);
  let at = crossing;
  for (const l of lines) {
    all.set(l.set, at);
    at += l.set.length;
    if (!l.signature) for (const h of l.set) rest.push(h);
  }
  all.sort();
  const set = distinctSorted(all);
  if (set.length < MIN_SHINGLES) return { set, signature: null };
  const signature = signatureOf(rest);
  for (const l of lines) if (l.signature) minInto(signature, l.signature);
  return { set, signature };
}

export interface TextShingles {
  set: Uint32Array;
  signature: Uint32Array | null;
}

/** One line's share of its text's shingles: its words, the hashes of the shingles inside it and their signature. */
export interface LineShingles {
  /** How many words the line has, and its first and last two (a shingle that spans a line end starts or ends there). */
  count: number;
  head: readonly string[];
  tail: readonly string[];
  /** Distinct hashes, ascending, of the SHINGLE_WORDS-word shingles that lie within the line (none under that many words). */
  set: Uint32Array;
  /** The MinHash of `set`: null when it is empty or was not computed (a line seen once). */
  signature: Uint32Array | null;
}

/** A line's share; `signed`: with the MinHash of its shingles (worth it for a line kept to be read again). */
export function lineShingles(line: string, signed = true): LineShingles {
  const w = words(line);
  const set = w.length >= SHINGLE_WORDS ? wordShingleHashes(w, SHINGLE_WORDS) : new Uint32Array(0);
  const signature = signed && set.length ? signatureOf(set) : null;
  // Copies of the words, not the tokeniser's array: a day keeps thousands of lines here.
  return { count: w.length, head: w.slice(0, 2), tail: w.slice(-2), set, signature };
}

/** Hashes of the shingles that start in an earlier line than they end (a line of one word may sit inside one). */
function crossingShingles(lines: readonly LineShingles[]): number[] {
  const out: number[] = [];
  let before2: string | undefined;
  let before1: string | undefined;
  for (const { count, head, tail } of lines) {
    if (count > 0 && before1 !== undefined) {
      if (before2 !== undefined) out.push(hashString32(`${before2} ${before1} ${head[0]}`));
      if (count > 1) out.push(hashString32(`${before1} ${head[0]} ${head[1]}`));
    }
    if (count >= 2) [before2, before1] = [tail[0], tail[1]];
    else if (count === 1) [before2, before1] = [before1, head[0]];
  }
  return out;
}

function minInto(target: Uint32Array, other: Uint32Array): void {
  for (let i = 0; i < target.length; i++) if ((other[i] as number) < (target[i] as number)) target[i] = other[i] as number;
}

/**
 * textShingles with each repeated line's share remembered, for one day: a paragraph reprinted by 500 outlets is
 * hashed once. A text none of whose lines was seen before is hashed whole, as textShingles does (a varied day's
 * articles mostly are). Bounded (DAY_MEMO_LIMITS.lines); owned by the day's PlanningInputs.
 */
export class ShingleLines {
  private readonly lines = new RepeatCache((line) => lineShingles(line), DAY_MEMO_LIMITS.lines);

  of(text: string): TextShingles {
    const lines = text.split('\n');
    const known = this.lines.knownEach(lines);
    return known ? shinglesOfLines(text, lines.map((line, i) => known[i] ?? lineShingles(line, false))) : textShingles(text);
  }
}

export class DayShingles {
  /** Per article: its distinct shingle hashes, ascending (jaccardSorted compares two). */
  readonly sets: Uint32Array[] = [];
  /** Per article: its signature, null when the text has fewer than MIN_SHINGLES shingles. */
  readonly signatures: (Uint32Array | null)[] = [];

  /** `inputs[i]`, when given, holds article i's shingles already computed (planning-input.ts). */
  constructor(articles: readonly Pick<Article, 'text'>[], inputs?: readonly (PlanningInput | undefined)[]) {
    articles.forEach((a, i) => {
      const input = inputs?.[i];
      const { set, signature } = input ? { set: input.shingles, signature: input.signature } : textShingles(a.text);
      this.sets.push(set);
      this.signatures.push(signature);
    });
  }

  /**
   * The articles joined by the candidate pairs of one banding of the signatures (copies and versions band them
   * differently) that `verified` accepts: the connected components of the verified pairs. A pair already connected
   * is not checked again; the components do not depend on the order the pairs come in.
   */
  components(banding: LshOptions, verified: (a: number, b: number) => boolean): UnionFind {
    const lsh = new LshIndex(banding);
    this.signatures.forEach((signature, i) => {
      if (signature !== null) lsh.add(i, signature);
    });
    const union = new UnionFind(this.sets.length);
    // A bucket whose members are all joined already (a reprinted report, met again in each band) is skipped whole:
    // a look at each member instead of a visit to each of its pairs.
    const joined = (members: readonly number[]): boolean => {
      const root = union.find(members[0]!);
      return members.every((m) => union.find(m) === root);
    };
    lsh.forEachCandidate((a, b) => {
      if (union.find(a) !== union.find(b) && verified(a, b)) union.join(a, b);
    }, joined);
    return union;
  }
}
