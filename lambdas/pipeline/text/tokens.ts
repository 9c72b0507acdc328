/**
 * Words, stems and stop words: the lexical units every similarity in the pipeline is built on.
 * Pure and deterministic; Unicode-aware (letters and digits of any script count as word characters).
 */
import { stemmer } from 'stemmer';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

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
  // The same sentence is tokenised by several steps (clustering, attribution, similarity, figures): remember the
  // recent ones. A copy is returned so that a caller changing its array cannot change another caller's.
  // Only sentence-sized texts: a whole article is tokenised once, and keeping it would cost memory for nothing.
  if (text.length > WORDS_CACHE_MAX_CHARS) return tokenizeWords(text);
  const known = wordsCache.get(text);
  if (known !== undefined) return known.slice();
  const out = tokenizeWords(text);
  if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
  wordsCache.set(text, out.slice());
  return out;
}
const WORDS_CACHE_LIMIT = 20_000;
const WORDS_CACHE_MAX_CHARS = 500;
const wordsCache = new Map<string, string[]>();

function tokenizeWords(text: string): string[] {
  // String.match with a global pattern returns the matched strings without building a match object per word:
  // this runs on every sentence several times a day's worth over, so the allocation matters.
  const lower = text.normalize('NFKC').toLowerCase();
  const out = lower.match(WORD) ?? [];
  if (lower.includes('’')) for (let i = 0; i < out.length; i++) out[i] = out[i]!.replace(/’/g, "'");
  return out;
}

const stemCache = new Map<string, string>();

/** Porter stem of a lower-cased word (cached: the same words recur all day). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Content stems: words minus stop words, stemmed. The default unit for topical similarity. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOP_WORDS.has(w)) out.push(stem(w));
  return out;
}
