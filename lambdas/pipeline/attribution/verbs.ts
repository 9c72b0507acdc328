/**
 * The speech verb of a unit and the mention it points at: every word that can attribute ("said", "according to",
 * "fired back", "as Ortiz put it", "“...,” Ortiz fumed"), tried nearest a quotation first, each read for its subject
 * on the left ("Putin said", "Putin, asked ..., said") or on the right ("said Kirby", "according to Hayashi").
 */
import { STOP_WORDS } from '../text/tokens.js';
import { DAYS_OF_A_STATEMENT } from '../lexicon/calendar.js';
import { AUXILIARIES, NAME_PARTICLES, PREPOSITIONS, SPEAKER_PRONOUNS } from '../lexicon/function-words.js';
import {
  AMBIGUOUS_VERBS, BASE_SPEECH_VERBS, LY_NOUNS, RETORT_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS, WORDS_BEFORE_A_SPEECH_VERB,
} from '../lexicon/speech-verbs.js';
import { isCap, isWord, type Tok } from './frame.js';
import { mentionAfter, mentionBefore, type Mention } from './mentions.js';
import { sentenceSubject } from './subject.js';

/** How far the verb finder reads, in tokens. */
export const DEFAULT_VERB_REACH = {
  /** "as Ortiz put it": the 'as' stands within this many tokens before 'put'. */
  asBeforePutIt: 5,
  /** "“...,” the harbour master grumbled": words between 'the' and a verb that frames a quotation. */
  framedDescriptionWords: 4,
} as const;

/** Day names that may sit between a subject and its verb ("Ortiz later Thursday told reporters"). */
const DAYS_BETWEEN: ReadonlySet<string> = new Set(DAYS_OF_A_STATEMENT);

/**
 * A word between a subject and its speech verb: the listed auxiliaries and adverbs, any adverb in -ly ("Cruz openly
 * admitted", "she flatly denied"), and day names ("Ortiz on Thursday said" is read past 'on' elsewhere).
 */
function isBetween(t: Tok | undefined): boolean {
  if (!t) return false;
  if (WORDS_BEFORE_A_SPEECH_VERB.has(t.low)) return true;
  if (t.t === t.low && t.low.length >= 5 && t.low.endsWith('ly') && !LY_NOUNS.has(t.low)) return true;
  return DAYS_BETWEEN.has(t.low);
}

/** What the speech verb of a unit says. */
export interface VerbMention {
  /** The mention the attributing verb points at, or null. */
  mention: Mention | null;
  /** True when a speech verb or "according to" was found: the statement is reported speech. */
  reported: boolean;
  /** The mention follows "according to": a source, often a publication, not evidence of a person. */
  according: boolean;
}

/** Positions of the words that can attribute, in text order: speech verbs first, then the idioms. */
function speechVerbPositions(toks: readonly Tok[], fragments: readonly string[]): number[] {
  const verbs: number[] = [];
  toks.forEach((t, i) => {
    // "Said Ortiz: ...", "Continued the mayor, ...": an inverted attribution opens the sentence.
    const opensInverted = i === 0 && SPEECH_VERBS.has(t.low) && /^\p{Lu}\p{Ll}+$/u.test(t.t) && (isCap(toks[1]) || toks[1]?.low === 'the');
    if (t.t !== t.low && !opensInverted) return; // "United States", a headline's "Says": verbs are lower-case in running text
    if (SPEECH_VERBS.has(t.low) || AMBIGUOUS_VERBS.has(t.low) || SPEECH_PARTICIPLES.has(t.low)) verbs.push(i);
    else if (BASE_SPEECH_VERBS.has(t.low) && AUXILIARIES.has(toks[i - 1]?.low ?? '')) verbs.push(i);
  });
  toks.forEach((t, i) => {
    if (t.low === 'according' && toks[i + 1]?.low === 'to') verbs.push(i);
    // "Ortiz fired back", "she shot back": a phrasal verb of retort.
    else if (RETORT_VERBS.has(t.low) && t.t === t.low && toks[i + 1]?.low === 'back') verbs.push(i);
    // "“...,” she went on": a quotation continued; "as Ortiz put it, “...”": a quotation introduced.
    else if ((t.t === 'went' || t.t === 'goes') && toks[i + 1]?.low === 'on' && !isWord(toks[i + 2])) verbs.push(i);
    else if ((t.t === 'put' || t.t === 'puts') && toks[i + 1]?.low === 'it' && toks.slice(Math.max(0, i - DEFAULT_VERB_REACH.asBeforePutIt), i).some((x) => x.low === 'as')) verbs.push(i);
    else if (!verbs.includes(i) && framesQuote(toks, i, fragments)) verbs.push(i);
  });
  return verbs;
}

/** With a quote, the verb nearest a quotation is the one that introduces it; otherwise the first (main clause). */
function nearestQuotationFirst(toks: readonly Tok[], verbs: readonly number[]): readonly number[] {
  if (verbs.length <= 1) return verbs;
  const qPos = toks.map((t, i) => (t.t === 'QQQ' ? i : -1)).filter((i) => i >= 0);
  const dist = (i: number): number => {
    if (!qPos.length) return i;
    let d = Infinity;
    for (const q of qPos) d = Math.min(d, Math.abs(q - i));
    return d;
  };
  return [...verbs].sort((a, b) => dist(a) - dist(b) || a - b);
}

/** The mention the verb at `v` points at; `verbs` are all attributing words of the unit in text order. */
function mentionOfVerb(toks: readonly Tok[], v: number, verbs: readonly number[]): Mention | null {
  const low = toks[v]!.low;
  if (low === 'according') return mentionAfter(toks, v + 2);
  if (SPEECH_PARTICIPLES.has(low) && /^(is|was|are|were|been|be)$/u.test(toks[v - 1]?.low ?? '')) {
    return subjectOf(toks, v); // "Sanders is pledging to ...": a progressive is a finite verb
  }
  if (SPEECH_PARTICIPLES.has(low)) {
    // "Austin commented ..., saying that": the subject is the main clause's.
    const finite = verbs.filter((x) => x < v && SPEECH_VERBS.has(toks[x]!.low));
    const f = finite[finite.length - 1];
    // Without one, the sentence's subject (past a dateline or an opening adverbial).
    return f !== undefined ? subjectOf(toks, f) : (sentenceSubject(toks)?.mention ?? null);
  }
  if (!AMBIGUOUS_VERBS.has(low)) return subjectOf(toks, v);
  // "claims", "notes": a verb only after a clear subject right before it.
  let s = v;
  while (s - 1 >= 0 && isBetween(toks[s - 1])) s--;
  const m = mentionBefore(toks, s);
  return m && (m.type === 'name' || m.type === 'pronoun' || m.type === 'nominal') && toks[s - 1]?.t !== ',' ? m : null;
}

/** Finds the speech verb that attributes the unit and the mention it points at. */
export function speechVerbMention(toks: readonly Tok[], fragments: readonly string[]): VerbMention {
  const verbs = speechVerbPositions(toks, fragments);
  let reported = false;
  for (const v of nearestQuotationFirst(toks, verbs)) {
    const low = toks[v]!.low;
    const mention = mentionOfVerb(toks, v, verbs);
    if (mention) return { mention, reported: true, according: low === 'according' };
    if (low !== 'according' && !AMBIGUOUS_VERBS.has(low)) reported = true;
  }
  return { mention: null, reported, according: false };
}

/** A cheap necessary condition for FRAMING_VERB's shape (five UTF-16 units or more, ending in -ed or a lone -s). */
function maybeFramingVerb(low: string): boolean {
  const n = low.length;
  if (n < 5) return false;
  const lastCode = low.charCodeAt(n - 1);
  if (lastCode === 100 /* d */) return low.charCodeAt(n - 2) === 101 /* e */;
  return lastCode === 115 /* s */ && low.charCodeAt(n - 2) !== 115;
}

/**
 * "“...,” Ortiz fumed.", "“...?” the mayor wondered aloud": a quotation broken off by a comma, '?' or '!' and
 * followed by its speaker and one verb is an attribution whatever the verb, because that slot holds nothing else.
 * `v` is the verb: a lower-case word in -ed or -s (not -ss), then the sentence's end, a comma, a colon, a
 * preposition or a particle; right before it a pronoun, a capitalised name, or 'the' and up to four words, right
 * after the quotation.
 */
function framesQuote(toks: readonly Tok[], v: number, fragments: readonly string[]): boolean {
  const t = toks[v]!;
  if (t.t !== t.low || !maybeFramingVerb(t.low) || !/^\p{Ll}{3,}(?:ed|[^s]s)$/u.test(t.low) || STOP_WORDS.has(t.low)) return false;
  const next = toks[v + 1];
  if (next && !/^[.,:;!?]$/u.test(next.t) && !PREPOSITIONS.has(next.low) && !/^(back|out|up|aloud)$/u.test(next.low) && !isBetween(next)) return false;
  let j = v - 1;
  if (SPEAKER_PRONOUNS.has(toks[j]?.low ?? '')) j--;
  else if (isCap(toks[j])) {
    while (isCap(toks[j]) || (NAME_PARTICLES.has(toks[j]?.low ?? '') && isCap(toks[j - 1]))) j--;
  } else {
    const from = j;
    while (j >= 0 && from - j < DEFAULT_VERB_REACH.framedDescriptionWords && isWord(toks[j]) && toks[j]!.low !== 'the') j--;
    if (toks[j]?.low !== 'the') return false;
    j--;
  }
  if (toks[j]?.t !== 'QQQ') return false;
  let n = 0;
  for (let k = 0; k < j; k++) if (toks[k]!.t === 'QQQ') n++;
  return /[,?!]\s*$/u.test(fragments[n] ?? '');
}

/** The subject of the verb at `v`: on its left past the words between, or inverted on its right ("said Kirby"). */
function subjectOf(toks: readonly Tok[], v: number): Mention | null {
  let s = v;
  while (s - 1 >= 0 && isBetween(toks[s - 1])) s--;
  const prev = toks[s - 1];
  // "“...,” said Kirby": nothing usable on the left (a quote or nothing), so read the inverted subject.
  if (!prev || prev.t === 'QQQ' || (prev.t === ',' && toks[s - 2]?.t === 'QQQ')) return mentionAfter(toks, v + 1);
  return mentionBefore(toks, s) ?? (prev.t === ',' ? mentionAfter(toks, v + 1) : null);
}
