/**
 * How much a shared word says about two texts meaning the same: a rarity weight without corpus statistics.
 *
 * Zipf's law makes a word's information (-log of its frequency) grow with the log of its frequency rank, so a
 * short list of the most common English words in rough rank order (lexicon/common-words.ts) is enough to grade the
 * common end; every word not on it is rare enough to count fully.
 */
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { stem } from '../text/tokens.js';

/**
 * The weights' constants. Part of what the paraphrase weights were trained on (eval/train-compare.ts): change
 * them only with the weights.
 */
export const DEFAULT_RARITY = {
  /** Weight of a stem holding a digit: figures pin down what a sentence is about. */
  figure: 1.3,
  /** Added for a name (a capitalised word inside the sentence). */
  nameBonus: 0.3,
  /** Where an unlisted word is taken to sit: this many times past the end of the list. */
  unlistedRankFactor: 4,
  /** Weight of a stop word the list does not rank: that of a mid-list word. */
  unlistedStopWord: 0.3,
} as const;

/** Each stem's rank in COMMON_WORDS (1 = commonest): the first place any of its words holds. */
const rank: ReadonlyMap<string, number> = ranksByStem(COMMON_WORDS);
function ranksByStem(words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) {
    const s = stem(w);
    if (!out.has(s)) out.set(s, out.size + 1);
  }
  return out;
}

/** Rank past the end of the list: where a word the list does not know is taken to sit. */
const UNLISTED_RANK = rank.size * DEFAULT_RARITY.unlistedRankFactor;
const LOG_UNLISTED = Math.log(1 + UNLISTED_RANK);

/** Frequency rank of a stem among the common words, or undefined when it is not one of them. */
export function commonRank(stemmed: string): number | undefined {
  return rank.get(stemmed);
}

/**
 * Rarity weight of a content stem in (0, ~1.4]: log-rank for common words (the commonest near 0.1), 1 for any
 * other word, more for figures and names, which pin down what a sentence is about.
 */
export function rarityWeight(stemmed: string, isName: boolean): number {
  if (/\d/u.test(stemmed)) return DEFAULT_RARITY.figure;
  const r = rank.get(stemmed);
  const base = r === undefined ? 1 : Math.log(1 + r) / LOG_UNLISTED;
  return isName ? base + DEFAULT_RARITY.nameBonus : base;
}

/** Weight of a stop word in the graded alignment: its word-list rarity, or that of a mid-list word when unlisted. */
export function stopWordWeight(stemmed: string): number {
  const r = rank.get(stemmed);
  return r === undefined ? DEFAULT_RARITY.unlistedStopWord : Math.log(1 + r) / LOG_UNLISTED;
}
