/**
 * The phrases around a number in one sentence's tokens (figure-tokens.ts): its qualifier ("at least"), the noun
 * phrase it counts after it ("3,000 North Korean troops") or before it ("the death toll rose to 40"), the words
 * restricting that noun, what happened to counted people, and a rate ("per day", "at a time"). quantities.ts decides
 * which of them a number has.
 */
import { isCapitalised, type FigureToken } from './figure-tokens.js';
import { isCountHead, TIME_UNITS } from './heads.js';
import { COUNT_OF_NOUNS, INJURE_WORDS, KILL_WORDS, NON_RESTRICTIVE, PARTICIPLE_HEADS, QUALIFIER_PARTS, TALLY_LINKS, TALLY_NOUNS } from './quantity-words.js';
import { STOP_WORDS, type Stemmer } from '../text/tokens.js';

/**
 * How far, in tokens, the phrases of a number are looked for. They follow how close English keeps these words to
 * their number, not a trade-off measured on a corpus: a wider window finds heads that belong to another clause, a
 * narrower one loses long modifiers. extractQuantities takes others (for experiments); the digest uses these.
 */
export const DEFAULT_QUANTITY_WINDOWS = {
  /** Words read from the number to the counted head ("3,000 heavily armed North Korean troops"). */
  countedHead: 5,
  /** A compound head ("police officers", "aid workers") ends fewer than this many words after its phrase starts. */
  compoundHead: 5,
  /** Words of a content phrase after the number ("70 percent of the eligible voters", "$3bn in aid"). */
  phraseAfter: 6,
  /** Words of a phrase ending right before the number or its link ("the death toll"). */
  phraseBefore: 3,
  /** Words read back from the number to a tally noun ("the death toll rose to 40"). */
  tallyBack: 5,
  /** Words before the number, and after its counted phrase, searched for what happened to counted people. */
  roleBefore: 4,
  roleAfter: 5,
  /** Words after a counted phrase, within its clause, searched for a rate ("journeys are made on it every day"). */
  rateAfter: 8,
} as const;

export type QuantityWindows = { readonly [K in keyof typeof DEFAULT_QUANTITY_WINDOWS]: number };

/** A counted phrase: its first token, its head noun, and the first token after it (token indexes). */
export interface Counted {
  subjectFirst: number;
  headIndex: number;
  /** Index of the first token after the counted phrase. */
  after: number;
}

function isStop(t: FigureToken): boolean {
  if (/^[\p{Lu}.]{2,}$/u.test(t.text)) return false; // "US", "U.S." are names, not the pronoun
  return STOP_WORDS.has(t.lower);
}

/** A word that can sit inside a noun phrase before its head. */
function isModifierWord(t: FigureToken): boolean {
  return t.kind === 'word' && !isStop(t) && !/ly$/.test(t.lower) && !TIME_UNITS.has(t.lower);
}

/** The qualifier ending right before token index `first`: [qualifier, its first token index]. */
export function qualifierBefore(toks: readonly FigureToken[], first: number): [string, number] | null {
  for (const [q, parts] of QUALIFIER_PARTS) {
    const a = first - parts.length;
    if (a < 0) continue;
    if (parts.every((p, j) => toks[a + j]!.lower.replace(/\.$/, '') === p)) return [q, a];
  }
  return null;
}

/** The counted noun phrase starting at k: modifiers then a plural/collective head, within a few words. */
export function countedAfter(toks: readonly FigureToken[], k: number, w: QuantityWindows): Counted | null {
  const start = k;
  for (let n = 0; n < w.countedHead && k < toks.length; n++, k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') return null;
    if (n === 0 && PARTICIPLE_HEADS.has(t.lower)) return { subjectFirst: k, headIndex: k, after: k + 1 };
    if (PARTICIPLE_HEADS.has(t.lower)) return null;
    if (isCountHead(t.text) && !isStop(t)) {
      // "police officers", "aid workers": a second plural noun is the real head.
      let h = k;
      while (toks[h + 1]?.kind === 'word' && isCountHead(toks[h + 1]!.text) && !PARTICIPLE_HEADS.has(toks[h + 1]!.lower)
        && !isStop(toks[h + 1]!) && h - start < w.compoundHead) h++;
      if (TIME_UNITS.has(toks[h]!.lower)) return null;
      return { subjectFirst: start, headIndex: h, after: h + 1 };
    }
    if (!isModifierWord(t)) return null;
  }
  return null;
}

/** A content noun phrase starting at k (after optional determiners), for "70 percent of the X" or "$3bn in aid". */
export function phraseAfter(toks: readonly FigureToken[], k: number, w: QuantityWindows): Counted | null {
  while (toks[k] && /^(the|a|an|its|their|all)$/.test(toks[k]!.lower)) k++;
  const start = k;
  let last = -1;
  for (; k < toks.length && k - start < w.phraseAfter; k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && isModifierWord(t)) {
      last = k;
      if (isCountHead(t.text)) break;
      continue;
    }
    if (t.lower === 'and' && isCapitalised(toks[k - 1]) && isCapitalised(toks[k + 1])) continue;
    break;
  }
  return last >= start ? { subjectFirst: start, headIndex: last, after: last + 1 } : null;
}

/** The noun phrase ending at index `end` (walking left over content words), or null. */
function phraseBefore(toks: readonly FigureToken[], end: number, w: QuantityWindows): Counted | null {
  const t = toks[end];
  if (!t || !isModifierWord(t)) return null;
  let a = end;
  while (a - 1 >= 0 && end - (a - 1) < w.phraseBefore && isModifierWord(toks[a - 1]!)) a--;
  return { subjectFirst: a, headIndex: end, after: end + 1 };
}

/**
 * A tally noun shortly before the number ("the death toll rose to", "a force of"): its phrase; or what a count noun
 * counts ("put the number of redundancies at 340", "the total of flights cancelled was"): the phrase after its "of".
 */
export function tallyBefore(toks: readonly FigureToken[], before: number, w: QuantityWindows): Counted | null {
  for (let k = before; k >= 0 && before - k < w.tallyBack; k--) {
    const t = toks[k]!;
    if (TALLY_NOUNS.has(t.lower)) return phraseBefore(toks, k, w);
    if (!TALLY_LINKS.has(t.lower)) break;
  }
  return countOfBefore(toks, before, w);
}

/** "put the number of redundancies at", "the total of flights cancelled reached": the phrase after "<count noun> of". */
function countOfBefore(toks: readonly FigureToken[], before: number, w: QuantityWindows): Counted | null {
  for (let k = before; k >= 1 && before - k < w.tallyBack + w.phraseBefore; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') return null;
    if (t.lower === 'of' && COUNT_OF_NOUNS.has(toks[k - 1]!.lower)) {
      const counted = phraseAfter(toks, k + 1, w);
      return counted && counted.headIndex <= before ? counted : null;
    }
  }
  return null;
}

/** Subject of a bare number from the words before it: a tally ("death toll rose to 40") or "X of N" ("turnout of 60%"). */
export function tallyOrSubjectBefore(toks: readonly FigureToken[], before: number, w: QuantityWindows): Counted | null {
  const tally = tallyBefore(toks, before, w);
  if (tally) return tally;
  const link = toks[before]?.lower ?? '';
  if (/^(of|at|to|was|is|worth|reached|hit|by)$/.test(link)) {
    let end = before - 1;
    // "rose to", "stood at": skip the verb to reach the noun.
    if (/^(to|at|by)$/.test(link) && toks[end] && /(ed|en|rose|fell|grew|stood|stands|hit)$/.test(toks[end]!.lower)) end--;
    return phraseBefore(toks, end, w);
  }
  return null;
}

/** Stems of restrictive modifiers in [a, b). */
export function modifierStems(toks: readonly FigureToken[], a: number, b: number, stems: Stemmer): string[] {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || NON_RESTRICTIVE.has(t.lower) || STOP_WORDS.has(t.lower)) continue;
    out.add(stems.stem(t.lower.replace(/\./g, '')));
  }
  return [...out].sort();
}

/** What happened to counted people, from verbs near the phrase: "killed 40 people", "40 people were injured". */
export function peopleRole(toks: readonly FigureToken[], from: number, to: number, w: QuantityWindows): string | null {
  for (let k = Math.max(0, from - w.roleBefore); k < Math.min(toks.length, to + w.roleAfter); k++) {
    const word = toks[k]!.lower;
    if (KILL_WORDS.test(word)) return 'dead';
    // "were taken to hospital", "are in hospital": hospital without an article is being treated there, not a place.
    if (INJURE_WORDS.test(word) || (word === 'hospital' && /^(to|in)$/.test(toks[k - 1]?.lower ?? ''))) return 'injured';
    if (word === 'missing') return 'missing';
  }
  return null;
}

/** Rate after a counted phrase: "at a time", "per day", "a day", "each week", "daily". */
export function isRateAt(toks: readonly FigureToken[], k: number): boolean {
  // Allow one word between ("users worldwide per month").
  if (toks[k]?.kind === 'word' && /(wide|ly)$/.test(toks[k]!.lower) && rateWords(toks, k + 1)) return true;
  return rateWords(toks, k);
}

/**
 * A rate said later in the counted phrase's clause: "1.2 million journeys are made on the network every day" counts
 * per day as "1.2 million journeys a day" does. The search stops at punctuation (the clause ends) and at another
 * number (its own phrase begins).
 */
export function isRateInClause(toks: readonly FigureToken[], k: number, w: QuantityWindows): boolean {
  if (isRateAt(toks, k)) return true;
  for (let j = k; j < toks.length && j < k + w.rateAfter; j++) {
    if (toks[j]!.kind !== 'word') return false;
    if (rateWords(toks, j)) return true;
  }
  return false;
}

function rateWords(toks: readonly FigureToken[], k: number): boolean {
  const w = (j: number): string => toks[k + j]?.lower ?? '';
  if (w(0) === 'at' && w(1) === 'a' && w(2) === 'time') return true;
  if (w(0) === 'per' || w(0) === 'apiece' || /^(daily|weekly|monthly|annually|yearly|hourly)$/.test(w(0))) return true;
  if (/^(a|an|each|every)$/.test(w(0)) && TIME_UNITS.has(w(1))) return true;
  return false;
}
