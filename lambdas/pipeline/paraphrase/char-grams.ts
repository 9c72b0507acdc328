/**
 * Character 4-grams of a text for the char4Cosine feature: the text lower-cased, NFKC-normalised, every run of
 * non-alphanumerics one space, padded with a space at both ends; its 4-grams counted.
 *
 * Only the dot product of two count vectors is ever needed, and it is an integer sum, so any exact encoding of a
 * 4-gram gives the same value. Three encodings, cheapest first:
 *  - small: every character is a space, a digit, a-z or a Latin-1 lower-case letter (ß-ÿ), 7 bits each, so a
 *    4-gram is one int32 and the keys sort as an Int32Array (several times faster than sorting doubles);
 *  - wide: every UTF-16 unit fits 13 bits, a 4-gram is 52 bits packed exactly in a double;
 *  - strings: anything else, compared through a Map.
 * Both packed encodings order 4-grams by their character codes (the 7-bit codes follow the characters' order), so a
 * small key list widened element by element stays sorted and meets a wide one in the same merge.
 *
 * Most sentences hold only ASCII and typographic punctuation (curly quotes, dashes: the General Punctuation block,
 * which no letter or digit comes from under NFKC). Their small codes are read straight off the text, without
 * building the normalised string.
 *
 * Building grams needs a scratch buffer of character codes: a GramScratch, owned by whoever builds profiles (the
 * comparer, profile.ts), one at a time.
 */
import { mapDot } from '../text/term-vector.js';

export interface CharGrams {
  /** Sorted distinct keys in the small encoding, or null. */
  small: Int32Array | null;
  /** Sorted distinct keys in the wide encoding, or null (small texts are widened on demand, see wideKeys). */
  wide: Float64Array | null;
  /** Count of each key (either encoding), or null for the string encoding. */
  counts: Int32Array | null;
  /** Euclidean norm of the count vector. */
  norm: number;
  /**
   * Made on first use and kept with the grams, for a pair whose encodings differ (rare): the small keys in the wide
   * encoding (see wideKeys), and the 4-gram counts as strings (see gramMap).
   */
  widened: Float64Array | null;
  strings: Map<string, number> | null;
}

/** Grams with empty first-use fields (every CharGrams has the same fields, so reading them stays monomorphic). */
function gramsOf(small: Int32Array | null, wide: Float64Array | null, counts: Int32Array | null, norm: number): CharGrams {
  return { small, wide, counts, norm, widened: null, strings: null };
}

/** The normalised text the 4-grams are taken from (the definition; the fast paths below must agree with it). */
export function gramTextOf(text: string): string {
  return ` ${text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

const SMALL_BITS = 128;
const SPACE_CODE = 1;
/**
 * SMALL_CODE: the small code of a normalised character (0: not in the small alphabet), indexed by UTF-16 unit below
 * 0x100; SMALL_CHAR: the character a small code stands for (its inverse).
 */
const { SMALL_CODE, SMALL_CHAR } = smallAlphabet();
function smallAlphabet(): { SMALL_CODE: Uint8Array; SMALL_CHAR: Uint16Array } {
  const codes = new Uint8Array(0x100);
  const chars = new Uint16Array(SMALL_BITS);
  const assign = (c: number, code: number): void => {
    codes[c] = code;
    chars[code] = c;
  };
  assign(32, SPACE_CODE);
  let code = SPACE_CODE + 1;
  for (let c = 48; c <= 57; c++) assign(c, code++);
  for (let c = 97; c <= 122; c++) assign(c, code++);
  // ß-ÿ except ÷ (not a letter, so never left in a normalised text); codes keep the characters' order.
  for (let c = 0xdf; c <= 0xff; c++) if (c !== 0xf7) assign(c, code++);
  return { SMALL_CODE: codes, SMALL_CHAR: chars };
}

/**
 * Small code of a RAW text's character on the fast path: a lower-cased ASCII letter or digit, 0 for a separator
 * (ASCII punctuation and spaces, no-break space, General Punctuation), -1 for anything else (the slow path then).
 */
const RAW_CODE = new Int8Array(0x10000).fill(-1);
for (let c = 0; c < 128; c++) RAW_CODE[c] = 0;
for (let c = 48; c <= 57; c++) RAW_CODE[c] = SMALL_CODE[c]!;
for (let c = 97; c <= 122; c++) RAW_CODE[c] = SMALL_CODE[c]!;
for (let c = 65; c <= 90; c++) RAW_CODE[c] = SMALL_CODE[c + 32]!;
RAW_CODE[0xa0] = 0;
for (let c = 0x2000; c <= 0x206f; c++) RAW_CODE[c] = 0;

/** The character codes of the text whose grams are being built, grown as needed; one text at a time. */
export class GramScratch {
  codes = new Uint8Array(1024);

  /** The buffer, with room for at least `length` codes. */
  reserve(length: number): Uint8Array {
    if (this.codes.length < length) this.codes = new Uint8Array(2 * length);
    return this.codes;
  }
}

/** Small codes of gramTextOf(text) read straight off the text into `out`, or -1 when a character needs the slow path. */
function fastCodes(text: string, out: Uint8Array): number {
  let k = 0;
  out[k++] = SPACE_CODE;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = RAW_CODE[text.charCodeAt(i)]!;
    if (code < 0) return -1;
    if (code === 0) {
      // Leading separators are trimmed; a run of them inside is one space.
      if (k > 1) gap = true;
      continue;
    }
    if (gap) {
      out[k++] = SPACE_CODE;
      gap = false;
    }
    out[k++] = code;
  }
  out[k++] = SPACE_CODE;
  return k;
}

/** Small codes of a normalised text into `out`, or -1 when a character is outside the small alphabet. */
function codesOfNormalised(norm: string, out: Uint8Array): number {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    const code = c < 0x100 ? SMALL_CODE[c]! : 0;
    if (code === 0) return -1;
    out[i] = code;
  }
  return norm.length;
}

/** Sorted distinct small keys with counts from the first `length` codes of `c`. */
function smallGrams(c: Uint8Array, length: number): CharGrams {
  const n = length - 3;
  if (n <= 0) return gramsOf(new Int32Array(0), null, new Int32Array(0), 0);
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = (((c[i]! * SMALL_BITS + c[i + 1]!) * SMALL_BITS + c[i + 2]!) * SMALL_BITS) + c[i + 3]!;
  all.sort();
  return distinctCounted(all, new Int32Array(countDistinct(all)));
}

function countDistinct(sorted: Int32Array | Float64Array): number {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/** Keys (into `keys`, same type as `sorted`) and counts of a sorted key list, with the count vector's norm. */
function distinctCounted<K extends Int32Array | Float64Array>(sorted: K, keys: K): CharGrams {
  const counts = new Int32Array(keys.length);
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) keys[++k] = sorted[i]!;
    counts[k]!++;
  }
  let sq = 0;
  for (let i = 0; i < counts.length; i++) sq += counts[i]! * counts[i]!;
  const small = keys instanceof Int32Array ? keys : null;
  const wide = keys instanceof Float64Array ? keys : null;
  return gramsOf(small, wide, counts, Math.sqrt(sq));
}

/** Bits per UTF-16 unit in a wide key: 4 x 13 = 52 bits, exact in a double. */
const WIDE_BITS = 8192;

/** Wide keys of a normalised text, or null when some unit does not fit 13 bits. */
function wideGrams(norm: string): CharGrams | null {
  const n = norm.length - 3;
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) >= WIDE_BITS) return null;
  if (n <= 0) return gramsOf(null, new Float64Array(0), new Int32Array(0), 0);
  const all = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    all[i] = ((norm.charCodeAt(i) * WIDE_BITS + norm.charCodeAt(i + 1)) * WIDE_BITS + norm.charCodeAt(i + 2)) * WIDE_BITS + norm.charCodeAt(i + 3);
  }
  all.sort();
  return distinctCounted(all, new Float64Array(countDistinct(all)));
}

/** The 4-grams of a text (see the module comment), built with `scratch`'s buffer. */
export function charGrams(text: string, scratch: GramScratch): CharGrams {
  const fastOut = scratch.reserve(text.length + 2);
  const fast = fastCodes(text, fastOut);
  if (fast >= 0) return smallGrams(fastOut, fast);
  const norm = gramTextOf(text);
  const out = scratch.reserve(norm.length);
  const length = codesOfNormalised(norm, out);
  if (length >= 0) return smallGrams(out, length);
  const wide = wideGrams(norm);
  if (wide) return wide;
  let sq = 0;
  for (const c of gramMapOfText(norm).values()) sq += c * c;
  return gramsOf(null, null, null, Math.sqrt(sq));
}

/** A small key list in the wide encoding (same order), kept with the grams: a mixed pair is rare. */
function wideKeys(g: CharGrams): Float64Array {
  if (g.wide) return g.wide;
  const small = g.small!;
  let w = g.widened;
  if (w === null) {
    w = new Float64Array(small.length);
    for (let i = 0; i < small.length; i++) {
      const key = small[i]!;
      const c0 = SMALL_CHAR[(key >>> 21) & 127]!;
      const c1 = SMALL_CHAR[(key >>> 14) & 127]!;
      const c2 = SMALL_CHAR[(key >>> 7) & 127]!;
      const c3 = SMALL_CHAR[key & 127]!;
      w[i] = ((c0 * WIDE_BITS + c1) * WIDE_BITS + c2) * WIDE_BITS + c3;
    }
    g.widened = w;
  }
  return w;
}

/** The 4-gram counts as strings, for a pair one side of which does not pack; kept with the text's grams. */
function gramMap(g: CharGrams, text: string): Map<string, number> {
  let m = g.strings;
  if (m === null) {
    m = gramMapOfText(gramTextOf(text));
    g.strings = m;
  }
  return m;
}

function gramMapOfText(norm: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 4 <= norm.length; i++) {
    const g = norm.slice(i, i + 4);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Merge of two sorted distinct key lists: the dot product of their counts. */
function sortedDot(ka: Int32Array | Float64Array, ca: Int32Array, kb: Int32Array | Float64Array, cb: Int32Array): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < ka.length && j < kb.length) {
    const x = ka[i]!;
    const y = kb[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else dot += ca[i++]! * cb[j++]!;
  }
  return dot;
}

/** Dot product of two texts' 4-gram count vectors (`textA`, `textB`: the texts they were taken from). */
export function gramDot(a: CharGrams, textA: string, b: CharGrams, textB: string): number {
  if (a.small && b.small) return sortedDot(a.small, a.counts!, b.small, b.counts!);
  if (a.counts && b.counts) return sortedDot(wideKeys(a), a.counts, wideKeys(b), b.counts);
  return mapDot(gramMap(a, textA), gramMap(b, textB));
}
