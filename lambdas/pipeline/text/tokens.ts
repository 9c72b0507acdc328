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
  // A copy is returned so that a caller changing its array cannot change another caller's (or the cache).
  return sharedWords(text).slice();
}

/** A text's words, normalised and joined by single spaces: how two texts are compared word for word. */
export function normalisedWords(text: string): string {
  return sharedWords(text).join(' ');
}

/** Content stems: words minus stop words, stemmed. The default unit for topical similarity. */
export function contentStems(text: string): string[] {
  // The same sentence is reduced to content stems by several steps (match, merge, rank, fragments, titles):
  // remember recent sentence-sized ones, as for words().
  if (text.length > CACHE_MAX_CHARS) return stemsOf(sharedWords(text));
  const known = stemsCache.get(text);
  if (known !== undefined) return known.slice();
  const out = stemsOf(sharedWords(text));
  if (stemsCache.size >= CACHE_LIMIT) stemsCache.clear();
  stemsCache.set(text, out.slice());
  return out;
}

/** Porter stem of a lower-cased word (cached: the same words recur all day). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = isAsciiLowerWord(word) ? stemmer(word) : word;
    // Cleared rather than frozen when full, so a long day keeps its recent vocabulary and memory stays bounded.
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

// Only sentence-sized texts are cached: a whole article is tokenised about once, and keeping it would cost memory
// for nothing. Both caches are cleared when full so memory stays bounded on a 100k-article day.
const CACHE_LIMIT = 20_000;
const CACHE_MAX_CHARS = 500;
const STEM_CACHE_LIMIT = 200_000;
const wordsCache = new Map<string, string[]>();
const stemsCache = new Map<string, string[]>();
const stemCache = new Map<string, string>();

/** words() without the defensive copy, for this module's own read-only use. Never hand the result out. */
function sharedWords(text: string): readonly string[] {
  if (text.length > CACHE_MAX_CHARS) return tokenizeWords(text);
  const known = wordsCache.get(text);
  if (known !== undefined) return known;
  const out = tokenizeWords(text);
  if (wordsCache.size >= CACHE_LIMIT) wordsCache.clear();
  wordsCache.set(text, out);
  return out;
}

function stemsOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (!STOP_WORDS.has(w)) out.push(stem(w));
  }
  return out;
}

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
  let kind = BMP_KIND[c]!;
  if (kind === UNKNOWN) kind = learnBmpKind(c);
  if (kind === WORD) return 1;
  if (kind === OTHER) return 0;
  // High surrogate: a word character only as part of a pair whose code point is a letter or digit.
  if (!isSurrogatePair(s, i)) return 0;
  return isWordCodePoint(s.codePointAt(i)!) ? 2 : 0;
}

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const HIGH_SURROGATE = 3;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// Per BMP code unit, learnt on first sight from the same Unicode classes the definition uses.
const BMP_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  BMP_KIND[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : OTHER;
}
for (let c = 0xd800; c <= 0xdbff; c++) BMP_KIND[c] = HIGH_SURROGATE;
// A low surrogate reached on its own is a lone surrogate (category Cs): not a word character.
for (let c = 0xdc00; c <= 0xdfff; c++) BMP_KIND[c] = OTHER;

function learnBmpKind(c: number): number {
  const kind = WORD_CHAR.test(String.fromCharCode(c)) ? WORD : OTHER;
  BMP_KIND[c] = kind;
  return kind;
}

const astralWord = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  let known = astralWord.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    astralWord.set(cp, known);
  }
  return known;
}
