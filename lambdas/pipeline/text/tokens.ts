/**
 * Words, stems and stop words: the lexical units every similarity in the pipeline is built on.
 * Pure and deterministic; Unicode-aware (letters and digits of any script count as word characters).
 *
 * A word is a run of letters/digits (\p{L}, \p{N}, by code point) that may be joined to further runs by one of
 * ' ’ . - (so "don't", "u.s", "covid-19", "3.5" stay whole). The scanner below is a hand-written form of the
 * global Unicode regex [\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)* : the same tokens, without the regex engine's
 * per-position cost (test/unit/text/tokens-oracle.test.ts keeps the regex tokenizer as the oracle).
 */
import { stemmer } from 'stemmer';
import { once } from '../once.js';
import { BoundedCache } from '../bounded-cache.js';

/** English function words: they carry no topic and would make every pair of sentences look alike. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves also said says say told according would may might must shall us its ' +
    'it\'s he\'s she\'s that\'s there\'s we\'re they\'re i\'m don\'t doesn\'t didn\'t isn\'t wasn\'t won\'t can\'t'
  ).split(' '),
);

/** Lower-cased word tokens, in order, with typographic apostrophes folded to ASCII. */
export function words(text: string): string[] {
  return tokenizeWords(text);
}

/** A text's words, normalised and joined by single spaces: how two texts are compared word for word. */
export function normalisedWords(text: string): string {
  return tokenizeWords(text).join(' ');
}

/** How a stage turns words into stems: the plain Porter stemmer, or a day's StemCache remembering its answers. */
export interface Stemmer {
  stem(word: string): string;
}

/** Porter stem of a lower-cased word. */
export function stem(word: string): string {
  return isAsciiLowerWord(word) ? stemmer(word) : word;
}

/** The plain stemmer: every call stems again. Right for one-off calls; a day's stages share a StemCache. */
export const PORTER: Stemmer = { stem };

/** Content stems: words minus stop words, stemmed. The default unit for topical similarity. */
export function contentStems(text: string, stems: Stemmer = PORTER): string[] {
  const tokens = tokenizeWords(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (!STOP_WORDS.has(w)) out.push(stems.stem(w));
  }
  return out;
}

/**
 * Porter stems remembered, for the stages of one day: the same words recur all day, and stemming them again was a
 * seventh of a day's CPU. Bounded: cleared when full, so a 100,000-article day keeps its recent vocabulary and its
 * memory stays flat. Owned by the day's context (day-context.ts), so it is dropped with the day.
 */
export class StemCache implements Stemmer {
  private readonly stems: BoundedCache<string>;

  constructor(limit = STEM_CACHE_LIMIT) {
    this.stems = new BoundedCache(stem, limit);
  }

  stem(word: string): string {
    return this.stems.get(word);
  }
}

/** Distinct words a StemCache keeps before it starts over: a day's vocabulary, tens of thousands of words. */
const STEM_CACHE_LIMIT = 200_000;

/** The stemmer is English-only: anything but a plain a-z word is its own stem. */
function isAsciiLowerWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const APOSTROPHE = 39;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;
const FULL_STOP = 46;
const HYPHEN = 45;

function tokenizeWords(text: string): string[] {
  const s = text.normalize('NFKC').toLowerCase();
  const spans = wordSpans(s);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const token = s.slice(spans[k], spans[k + 1]);
    out.push(token.includes('’') ? token.replace(/’/g, "'") : token);
  }
  return out;
}

/**
 * Where the words of `s` are, as [start, end) pairs of UTF-16 offsets into `s` itself: the words words() finds,
 * but without normalising or lower-casing (the caller scans the string it wants, e.g. to read capitals).
 */
export function wordSpans(s: string): number[] {
  const n = s.length;
  const out: number[] = [];
  let i = 0;
  while (i < n) {
    const w = wordCharWidth(s, i);
    if (w === 0) {
      // Step over a whole code point, as the /u regex does: a match never starts inside a surrogate pair.
      i += isSurrogatePair(s, i) ? 2 : 1;
      continue;
    }
    const start = i;
    i = wordEnd(s, i + w);
    out.push(start, i);
  }
  return out;
}

/** End of the word whose first character ends at i: runs of word characters joined by one ' ’ . or -. */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  for (;;) {
    let k: number;
    while (i < n && (k = wordCharWidth(s, i)) !== 0) i += k;
    if (i + 1 < n) {
      const j = s.charCodeAt(i);
      if (j === APOSTROPHE || j === TYPOGRAPHIC_APOSTROPHE || j === FULL_STOP || j === HYPHEN) {
        const after = wordCharWidth(s, i + 1);
        if (after !== 0) {
          i += 1 + after;
          continue;
        }
      }
    }
    return i;
  }
}

function isSurrogatePair(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Code units taken by the letter/digit code point at i, or 0 when there is none there. */
function wordCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const kind = c < 128 ? ASCII_KIND[c]! : bmpKinds()[c]!;
  if (kind === WORD) return 1;
  if (kind === OTHER) return 0;
  // High surrogate: a word character only as part of a pair whose code point is a letter or digit.
  if (!isSurrogatePair(s, i)) return 0;
  return isWordCodePoint(s.codePointAt(i)!) ? 2 : 0;
}

const WORD = 1;
const OTHER = 2;
const HIGH_SURROGATE = 3;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The kind of every ASCII unit: letters and digits are word characters, the rest is not. */
const ASCII_KIND: Uint8Array = asciiKinds();
function asciiKinds(): Uint8Array {
  const kinds = new Uint8Array(128).fill(OTHER);
  for (let c = 0; c < 128; c++) if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) kinds[c] = WORD;
  return kinds;
}

/**
 * The kind of every BMP code unit (WORD, OTHER or HIGH_SURROGATE) by the same Unicode classes the definition uses,
 * read from the runtime's own Unicode tables: one regex scan over all BMP characters, built on first use.
 */
const bmpKinds = once((): Uint8Array => {
  const kinds = new Uint8Array(0x10000).fill(OTHER);
  kinds.set(ASCII_KIND);
  for (let c = 0xd800; c <= 0xdbff; c++) kinds[c] = HIGH_SURROGATE;
  // Every non-ASCII, non-surrogate unit in one string (a lone low surrogate stays OTHER: category Cs, no word).
  const units: number[] = [];
  for (let c = 128; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(c);
  let all = '';
  for (let i = 0; i < units.length; i += 8192) all += String.fromCharCode(...units.slice(i, i + 8192));
  for (const run of all.matchAll(/[\p{L}\p{N}]+/gu)) {
    for (let i = run.index; i < run.index + run[0].length; i++) kinds[all.charCodeAt(i)] = WORD;
  }
  return kinds;
});

/** A code point beyond the BMP (a surrogate pair) is a word character when it is a letter or a digit. */
function isWordCodePoint(cp: number): boolean {
  return WORD_CHAR.test(String.fromCodePoint(cp));
}
