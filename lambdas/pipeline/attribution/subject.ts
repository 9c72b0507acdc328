/**
 * The subject of a sentence: the mention it opens with, after a dateline ("WASHINGTON —"), a conjunction ("But") or
 * an opening adverbial ("At the rally on Monday, ..."), and whether a finite verb follows it. Attribution reads it
 * for participles ("..., saying"), as a fallback speaker ("Ortiz is calling the plan “...”"), and as evidence that a
 * name is a person (attribution/learn.ts).
 */
import { STOP_WORDS } from '../text/tokens.js';
import { COMMON_FINITE_VERBS, NAME_PARTICLES, NOT_A_SPEAKER, PREPOSITIONS, SENTENCE_ADVERBS } from '../lexicon/function-words.js';
import { AMBIGUOUS_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS, WORDS_BEFORE_A_SPEECH_VERB } from '../lexicon/speech-verbs.js';
import { endsPossessive, isCap, isWord, type Tok } from './frame.js';
import { mentionAfter, type Mention } from './mentions.js';

/** How far the subject finder reads, in tokens: the reach of the grammar, fixed for every article. */
export const DEFAULT_SUBJECT_REACH = {
  /** A dateline's dash stands within this many tokens of the start ("PARIS, May 3 —"). */
  datelineTokens: 8,
  /** An opening adverbial or participle clause ends in a comma within this many tokens ("At the rally, ..."). */
  openingClauseTokens: 15,
  /** Further comma-bounded adverbials read after it ("On July 6, 2015, ..."), and the tokens each may hold. */
  extraAdverbials: 2,
  extraAdverbialTokens: 8,
  /** Comma-bounded parts of an apposition read past to the predicate ("Sam Reyes, 33, a ferry pilot, says"). */
  appositionParts: 3,
  appositionPartTokens: 12,
} as const;

/** A sentence's subject; `verb` says a finite verb follows it, the evidence needed to take a name for a person. */
export interface SentenceSubject {
  mention: Mention;
  verb: boolean;
}

/** A word that can follow a subject as its verb: a finite verb form, an auxiliary, or an adverb before the verb. */
function looksLikeVerb(low: string): boolean {
  const common = COMMON_FINITE_VERBS.has(low);
  if (PREPOSITIONS.has(low) || STOP_WORDS.has(low) && !common && !WORDS_BEFORE_A_SPEECH_VERB.has(low)) return false;
  return common || WORDS_BEFORE_A_SPEECH_VERB.has(low) || SPEECH_VERBS.has(low) || AMBIGUOUS_VERBS.has(low) || /(ed|[^s]s)$/u.test(low);
}

/**
 * Where the subject starts: past a dateline ("BERLIN —", "PARIS, May 3 —"), conjunctions and sentence adverbs, and
 * an opening adverbial or participle clause that ends in a comma. Null when such a clause does not end in one.
 */
function subjectStart(toks: readonly Tok[]): number | null {
  const reach = DEFAULT_SUBJECT_REACH;
  let i = 0;
  const dash = toks.findIndex((t, k) => k <= reach.datelineTokens && /^[—–]$/u.test(t.t));
  if (dash > 0 && isWord(toks[0]) && toks[0].t.length >= 3 && toks[0].t === toks[0].t.toUpperCase()) i = dash + 1;
  while (toks[i] && (SENTENCE_ADVERBS.has(toks[i]!.low) || toks[i]!.t === ',' || toks[i]!.t === ')')) i++;
  const opener = toks[i]?.low ?? '';
  // An opening adverbial or participle clause: "At the rally, ...", "Speaking to reporters, ...".
  if (PREPOSITIONS.has(opener) || NOT_A_SPEAKER.has(opener) || SPEECH_PARTICIPLES.has(opener) || /^\p{L}{3,}ing$/u.test(opener)) {
    let k = i;
    while (k < toks.length && k - i < reach.openingClauseTokens && toks[k]!.t !== ',' && toks[k]!.t !== 'QQQ') k++;
    if (toks[k]?.t !== ',') return null;
    i = k + 1;
    // "On July 6, 2015, Ortiz said": a date's year (or a second adverbial) before the subject.
    for (let extra = 0; extra < reach.extraAdverbials && (/^\d/u.test(toks[i]?.t ?? '') || NOT_A_SPEAKER.has(toks[i]?.low ?? '')); extra++) {
      let m = i;
      while (m < toks.length && m - i < reach.extraAdverbialTokens && toks[m]!.t !== ',' && toks[m]!.t !== 'QQQ') m++;
      if (toks[m]?.t !== ',') break;
      i = m + 1;
    }
  }
  return i;
}

/**
 * "Sam Reyes, 33, a ferry pilot from Harbourton, says ...": the predicate past an apposition of up to three
 * comma-bounded parts starting at the comma `end`, or undefined when no part is followed by a verb.
 */
function predicatePastApposition(toks: readonly Tok[], end: number): Tok | undefined {
  const reach = DEFAULT_SUBJECT_REACH;
  let k = end;
  for (let part = 0; part < reach.appositionParts && toks[k]?.t === ','; part++) {
    let m = k + 1;
    while (m < toks.length && m - k <= reach.appositionPartTokens && toks[m]!.t !== ',' && toks[m]!.t !== 'QQQ') m++;
    if (toks[m]?.t !== ',' || m === k + 1) break;
    const after = toks[m + 1];
    if (isWord(after) && after.t === after.low && looksLikeVerb(after.low) && !PREPOSITIONS.has(after.low)) return after;
    k = m;
  }
  return undefined;
}

/**
 * The subject at the start of a sentence, after a dateline ("WASHINGTON —"), a conjunction ("But") or an
 * opening adverbial that ends in a comma ("At the rally on Monday, ..."). `verb` says a lower-case word follows
 * (a predicate); `verb` that it looks like a finite verb, the evidence needed to register the run as a person
 * ("Harbour master Ortiz" must not make "Harbour" a person).
 */
export function sentenceSubject(toks: readonly Tok[]): SentenceSubject | null {
  const i = subjectStart(toks);
  if (i === null) return null;
  const first = toks[i];
  if (!isWord(first)) return null;
  const mention = mentionAfter(toks, i);
  if (!mention || SPEECH_VERBS.has(first.low) || AMBIGUOUS_VERBS.has(first.low)) return null;
  let end = i + 1;
  if (mention.type === 'name' || mention.type === 'group') {
    while (isCap(toks[end]) || (NAME_PARTICLES.has(toks[end]?.low ?? '') && isCap(toks[end + 1]))) end++;
  } else if (mention.type === 'nominal') {
    while (isWord(toks[end]) && toks[end - 1]!.low !== mention.head) end++;
  }
  let next = toks[end];
  // Past an apposition to the predicate only after two-word names: "Wait, ..." and "Harbourton, a town of ..." open
  // no such chain.
  if (next?.t === ',' && (mention.type === 'name' || mention.type === 'nominal') && end - i >= 2) {
    next = predicatePastApposition(toks, end) ?? next;
  }
  const predicate = isWord(next) && next.t === next.low && !PREPOSITIONS.has(next.low) && next.low !== 'and';
  const verb = predicate && looksLikeVerb(next!.low);
  if (!predicate && next?.t !== ',' && next?.t !== ':') return null;
  if (endsPossessive(toks[end - 1]!.t)) return null; // "Ortiz’s plan ...": a possessive modifies the subject
  // One capitalised word before a comma is as often an interjection ("Wait, ...") as a name.
  if (!predicate && next?.t === ',' && mention.type === 'name' && end - i === 1) return null;
  return { mention, verb };
}
