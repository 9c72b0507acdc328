/**
 * What one word contributes to any text profile, worked out once per distinct stem and per distinct token (the same
 * words recur all day) and shared by every profile that holds it.
 */
import { BoundedCache } from '../bounded-cache.js';
import { STOP_WORDS, stem } from '../text/tokens.js';
import { synonymGroup } from '../lexicon/synonyms.js';
import { rarityWeight, stopWordWeight } from './rarity.js';
import type { Interner } from './ids.js';
import { isNegation } from '../lexicon/negations.js';

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
  /** Word-list rarity (rarity.ts) as a content word, as a name, and as a stop word. */
  rare: number;
  rareName: number;
  stopWeight: number;
}

/** What a token contributes, computed once per distinct token. */
export interface TokenInfo {
  stem: StemInfo;
  stop: boolean;
  negation: boolean;
  /** NUMBER_WORDS[token]: the plain-object lookup is kept as it was (see profile.ts numbersOf). */
  numberWord: unknown;
  hasDigit: boolean;
  /** tokenRarity() without the name bonus. */
  rarityBase: number;
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
  dozen: '12', half: '0.5',
};

/**
 * The word weights of a content word's token (tokenRarity). Part of what the paraphrase weights were trained on:
 * change them only with the weights.
 */
export const DEFAULT_TOKEN_RARITY = {
  /** Any token holding a digit. */
  digits: 2,
  /** A word's weight is base + length / lettersPerStep, at most max: long words are rarer (Zipf). */
  base: 0.4,
  lettersPerStep: 6,
  max: 2,
  /** Added for a name. */
  nameBonus: 0.5,
} as const;

/**
 * How much a shared word says about two texts meaning the same, without corpus statistics (none may ship):
 * long words are rarer than short ones (Zipf), and digits and names are the rarest of all.
 */
export function tokenRarity(t: TokenInfo, isName: boolean): number {
  if (t.hasDigit) return DEFAULT_TOKEN_RARITY.digits;
  const base = t.rarityBase;
  return isName ? base + DEFAULT_TOKEN_RARITY.nameBonus : base;
}

/** tokenRarity's base: grows with the word's length, up to a cap. */
function lengthRarity(length: number): number {
  const { base, lettersPerStep, max } = DEFAULT_TOKEN_RARITY;
  return Math.min(max, base + length / lettersPerStep);
}

function conceptOf(s: string): string {
  const g = synonymGroup(s);
  return g === undefined ? s : `g${g}`;
}

/**
 * The stem and token infos of one interner's current id generation. Stem infos hold ids, so they are kept until
 * the interner starts a new generation (`reset`), never dropped on their own; token infos are bounded by
 * `tokenLimit` (the cache starts over when full).
 */
export class WordInfos {
  private stems = new Map<string, StemInfo>();
  private readonly tokens: BoundedCache<TokenInfo>;

  constructor(
    private readonly ids: Interner,
    tokenLimit: number,
  ) {
    this.tokens = new BoundedCache((t) => this.tokenInfo(t), tokenLimit);
  }

  /** Drops every info: called when the interner starts a new generation (their ids belong to the old one). */
  reset(): void {
    this.stems = new Map();
    this.tokens.clear();
  }

  stem(s: string): StemInfo {
    let info = this.stems.get(s);
    if (info === undefined) {
      const ids = this.ids;
      const padded = ` ${s} `;
      const tri = new Set<number>();
      for (let i = 0; i + 3 <= padded.length; i++) tri.add(ids.idOf(padded.slice(i, i + 3)));
      info = {
        stem: s,
        id: ids.idOf(s),
        concept: ids.idOf(conceptOf(s)),
        prefix: ids.idOf(s.slice(0, 5)),
        initial: s.charCodeAt(0),
        length: s.length,
        trigrams: Int32Array.from(tri).sort(),
        rare: rarityWeight(s, false),
        rareName: rarityWeight(s, true),
        stopWeight: stopWordWeight(s),
      };
      this.stems.set(s, info);
    }
    return info;
  }

  token(t: string): TokenInfo {
    return this.tokens.get(t);
  }

  private tokenInfo(t: string): TokenInfo {
    return {
      stem: this.stem(stem(t)),
      stop: STOP_WORDS.has(t),
      negation: isNegation(t),
      numberWord: NUMBER_WORDS[t],
      hasDigit: /\d/u.test(t),
      rarityBase: lengthRarity(t.length),
    };
  }
}
