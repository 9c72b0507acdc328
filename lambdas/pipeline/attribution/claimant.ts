/**
 * Who a sentence says a number comes from: "South Korean intelligence believes at least 3,000 ...",
 * "according to the health ministry, 40 ...", "... 40 people died, the ministry said". When outlets disagree
 * on a figure, the reader wants to know whose figure each one is, so this is worth a few patterns; when no
 * pattern fits we say nothing rather than guess.
 *
 * The attribution of a figure, not of a quotation: it reads figures' printed tokens (text/printed-tokens.ts) and
 * takes the claimant as printed (a noun phrase such as "coast guard" or "Officials in Vardo"), where the
 * quotation attribution (attribute.ts) reads names and descriptions and resolves them through an article's memory.
 * The words it parses with are attribution's lexicon (lexicon/) plus the few only figures need.
 */
import { DAY_PARTS, DAYS_OF_A_STATEMENT } from '../lexicon/calendar.js';
import { ARTICLES_AND_POSSESSIVES, NAMELESS_PRONOUNS, SPEAKER_PRONOUNS } from '../lexicon/function-words.js';
import { AMBIGUOUS_REPORTING_VERBS, BETWEEN_SUBJECT_AND_VERB, REPORTING_SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { isCapitalised, type PrintedToken } from '../text/printed-tokens.js';
import { STOP_WORDS } from '../text/tokens.js';

/** How far the claimant reader looks, in tokens. */
export const DEFAULT_CLAIMANT_REACH = {
  /** A reporting verb left of the number, in the same clause ("officials said on Sunday that 40 ..."). */
  verbBeforeNumber: 16,
  /** A comma or dash right of the counted phrase that opens ", the ministry said". */
  commaAfterPhrase: 10,
  /** The reporting verb after that comma (", officials in the capital said", ", the Orm Valley Fire and Rescue Service said"). */
  verbAfterComma: 10,
  /** Tokens of a claimant's noun phrase. */
  nounPhrase: 8,
} as const;

/**
 * Verbs (and claim nouns) that introduce a reported figure: the reporting speech verbs of the lexicon, and the
 * words only figures are reported with: counting and estimating ("counted", "estimated", "put"), base forms after
 * a plural subject ("officials believe"), and "assessment".
 */
const REPORTING: ReadonlySet<string> = new Set([
  ...REPORTING_SPEECH_VERBS,
  ...AMBIGUOUS_REPORTING_VERBS,
  ...(
    'believe claim think estimate estimated report confirm confirms assessed assesses assessment indicates reveals ' +
    'counted recorded put puts calculated projected insists insist maintains maintained argues argued contends contended ' +
    'valued priced reckons reckoned expects'
  ).split(' '),
]);

/**
 * Reporting words that are also nouns: after a determiner ("gave a higher estimate of 20,000") they name the claim,
 * and the claimant is the subject of the verb before the determiner.
 */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(['estimate', 'assessment', 'report', 'claim', 'count', 'calculation', 'projection', 'figure', 'tally']);

/** Words that write a number ("18 million euros"): never part of a claimant's name. */
const NUMBER_PARTS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'dozen', 'percent', 'cent']);

/** Words standing between a subject and its reporting verb ("had confirmed", "has also said", "officially said"). */
const BETWEEN: ReadonlySet<string> = new Set([...BETWEEN_SUBJECT_AND_VERB, 'reportedly', 'now', 'publicly', 'officially']);

/** Clause boundaries: a reporting verb beyond one of these reports something else. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['while', 'but', 'although', 'whereas', 'though', 'however', 'yet', ';', ':']);

/**
 * Time words that sit between a subject and its verb ("the ministry on Sunday said"), and are never a claimant on
 * their own. Parts of the day without 'night', as the rules were tuned ("officials last night said" is not read past).
 */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...DAYS_OF_A_STATEMENT,
  'earlier', 'later', 'overnight',
  ...DAY_PARTS.filter((part) => part !== 'night'),
  'week', 'month', 'year',
]);

/** Pronouns and relatives that stand for a claimant without naming it ("it said", "which estimated"). */
const PRONOUNS: ReadonlySet<string> = new Set([...SPEAKER_PRONOUNS, ...NAMELESS_PRONOUNS, 'who', 'which']);

const DETERMINERS: ReadonlySet<string> = new Set(ARTICLES_AND_POSSESSIVES);

/** Words an NP may hold beyond content words, when between two capitalised ones ("Ministry of Defence"). */
function npLink(tok: PrintedToken, prev: PrintedToken | undefined, next: PrintedToken | undefined): boolean {
  if ((tok.lower === 'for' || tok.lower === '&' || tok.lower === 'and') && isCapitalised(prev) && isCapitalised(next)) return true;
  // "officials in Kyiv", "the ministry of health": a place or body attached to the head noun.
  return (tok.lower === 'of' || tok.lower === 'in' || tok.lower === 'from') && prev !== undefined && next !== undefined
    && isContentWord(prev) && isContentWord(next) && (isCapitalised(next) || tok.lower === 'of');
}

function isContentWord(tok: PrintedToken): boolean {
  if (tok.kind !== 'word' || NUMBER_PARTS.has(tok.lower)) return false;
  if (/^[\p{Lu}.]{2,}$/u.test(tok.text)) return true; // "US", "U.S.", "NIS"
  return !STOP_WORDS.has(tok.lower) && !REPORTING.has(tok.lower);
}

/** An apostrophe printed as its own token (a possessive split off: "Netherlands ’", "workers '"). */
function isApostrophe(tok: PrintedToken | undefined): boolean {
  return tok?.text === '’' || tok?.text === "'";
}

/** A word carrying its possessive ending ("ministry’s", "board's", "workers’"). */
const POSSESSIVE = /\p{L}(?:['’]s|s['’])$/u;

/**
 * Text of tokens [a, b] as printed, without a leading determiner or a trailing possessive ending ("the ministry’s"
 * names the ministry); null for empty or pronoun phrases.
 */
function phrase(sentence: string, toks: readonly PrintedToken[], a: number, b: number): string | null {
  while (a <= b && DETERMINERS.has(toks[a]!.lower)) a++;
  if (a > b) return null;
  const text = sentence.slice(toks[a]!.start, toks[b]!.end).trim().replace(/(?<=\p{L})['’]s$|(?<=\p{L}s)['’]$/u, '');
  if (PRONOUNS.has(text.toLowerCase())) return null;
  // A claimant is named by at least one real word ("F. B. I." split into letters, a lone weekday are not).
  const named = toks.slice(a, b + 1).some((t) => t.kind === 'word' && (t.text.length >= 2 || /^(\p{Lu}\.){2,}$/u.test(t.text))
    && !TIME_WORDS.has(t.lower));
  if (!named) return null;
  return text || null;
}

/** The noun phrase ending at toks[end] (walking left), or null. */
function nounPhraseEndingAt(sentence: string, toks: readonly PrintedToken[], end: number): string | null {
  let a = end + 1;
  for (let k = end; k >= 0 && end - k < DEFAULT_CLAIMANT_REACH.nounPhrase; k--) {
    const t = toks[k]!;
    if (isContentWord(t) || (t.kind === 'word' && DETERMINERS.has(t.lower) && k < end)) {
      a = k;
      if (DETERMINERS.has(t.lower)) break;
      continue;
    }
    // Possessive "Netherlands’ minister": keep going over the apostrophe.
    if (isApostrophe(t) && k > 0 && k < end && !t.spaceBefore) continue;
    if (npLink(t, toks[k - 1], toks[k + 1])) continue;
    break;
  }
  if (a > end) return null;
  return phrase(sentence, toks, a, end);
}

/** The noun phrase starting at toks[start] (walking right) up to punctuation, or null. */
function nounPhraseStartingAt(sentence: string, toks: readonly PrintedToken[], start: number): string | null {
  let b = start - 1;
  for (let k = start; k < toks.length && k - start < DEFAULT_CLAIMANT_REACH.nounPhrase; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct' && !isApostrophe(t)) break;
    if (t.kind === 'word' && (isContentWord(t) || DETERMINERS.has(t.lower) || npLink(t, toks[k - 1], toks[k + 1]))) {
      b = k;
      continue;
    }
    if (isApostrophe(t)) continue;
    break;
  }
  if (b < start) return null;
  return phrase(sentence, toks, start, b);
}

/**
 * The claimant of the number occupying tokens [first, end) of the sentence, or null when the sentence does not say.
 * `after` is the index of the first token after the counted phrase.
 */
export function findClaimant(sentence: string, toks: readonly PrintedToken[], first: number, after: number): string | null {
  const according = accordingTo(sentence, toks);
  if (according) return according;
  const before = claimantBefore(sentence, toks, first);
  return before !== undefined ? before : claimantAfter(sentence, toks, after);
}

/** "according to X" anywhere in the sentence names the source of everything in it. */
function accordingTo(sentence: string, toks: readonly PrintedToken[]): string | null {
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.lower === 'according' && toks[k + 1]!.lower === 'to') {
      const np = nounPhraseStartingAt(sentence, toks, k + 2);
      if (np) return np;
    }
  }
  return null;
}

/**
 * Left of the number: the nearest reporting verb in the same clause, then its subject. Undefined when no such verb
 * has a subject word before it; null when it has one that names no claimant (then the sentence says nothing).
 */
function claimantBefore(sentence: string, toks: readonly PrintedToken[], first: number): string | null | undefined {
  for (let k = first - 1; k >= 0 && first - k <= DEFAULT_CLAIMANT_REACH.verbBeforeNumber; k--) {
    const t = toks[k]!;
    if (CLAUSE_BREAKS.has(t.lower)) break;
    if (t.kind === 'num') break; // another figure's clause
    if (!REPORTING.has(t.lower)) {
      // A claim noun that is no reporting verb ("by the union's count"): only its possessor or subject names anyone.
      const owner = CLAIM_NOUNS.has(t.lower) ? claimNounSubject(toks, k) : undefined;
      if (typeof owner === 'number') return nounPhraseEndingAt(sentence, toks, owner);
      continue;
    }
    const noun = claimNounSubject(toks, k);
    if (noun !== undefined) return noun === null ? null : nounPhraseEndingAt(sentence, toks, noun);
    let s = k - 1;
    for (;;) {
      while (s >= 0 && BETWEEN.has(toks[s]!.lower)) s--;
      // "the ministry on Sunday said", "officials last week said": skip the time adjunct.
      if (s >= 1 && TIME_WORDS.has(toks[s]!.lower) && /^(on|last|this|early|late)$/.test(toks[s - 1]!.lower)) s -= 2;
      else if (s >= 0 && TIME_WORDS.has(toks[s]!.lower)) s--;
      else break;
    }
    if (s < 0) break;
    const subject = toks[s]!;
    // "said Thursday that": the subject is before the verb, a weekday after it is no subject. "Locals who went door
    // to door counted": the subject is before its relative clause.
    if (subject.kind === 'word' && isContentWord(subject)) return nounPhraseEndingAt(sentence, toks, beforeRelativeClause(toks, s) ?? s);
    // "Fire and Rescue, whose crews pumped out cellars all night, counted": the subject is before the relative clause.
    const relative = subject.text === ',' ? relativeClauseStart(toks, s) : -1;
    if (relative > 0 && isContentWord(toks[relative - 1]!)) return nounPhraseEndingAt(sentence, toks, relative - 1);
    // "The haulier, Transports Garriga, said": the appositive before the verb names the claimant.
    if (subject.text === ',' && s > 0 && isContentWord(toks[s - 1]!)) return nounPhraseEndingAt(sentence, toks, s - 1);
    // "The party disputes that figure and says": the subject of the clause's first verb.
    if (subject.lower === 'and') return clauseSubject(sentence, toks, s);
    break;
  }
  return undefined;
}

/**
 * The last word of the noun a relative clause ending at `end` describes ("Locals who went door to door" -> "Locals"),
 * or undefined when no relative pronoun opens a clause within reach (no punctuation between).
 */
function beforeRelativeClause(toks: readonly PrintedToken[], end: number): number | undefined {
  for (let k = end - 1; k > 0 && end - k <= DEFAULT_CLAIMANT_REACH.nounPhrase; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word' || CLAUSE_BREAKS.has(t.lower)) return undefined;
    if ((t.lower === 'who' || t.lower === 'that' || t.lower === 'which') && isContentWord(toks[k - 1]!)) return k - 1;
  }
  return undefined;
}

/** Relative pronouns that open a clause set off by commas (", whose crews worked all night,"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'where', 'whom']);

/**
 * The comma opening a relative clause that the comma at `close` ends (", whose crews pumped out cellars all night,"),
 * or -1 when there is none within reach.
 */
function relativeClauseStart(toks: readonly PrintedToken[], close: number): number {
  for (let k = close - 1; k > 0 && close - k <= DEFAULT_CLAIMANT_REACH.verbBeforeNumber; k--) {
    if (toks[k]!.text !== ',') continue;
    return RELATIVES.has(toks[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/**
 * "Firefighters gave a higher estimate of", "the board's own count put": when the reporting word at k is a claim noun
 * after a determiner (and at most two adjectives), the index of the last word of the subject of the verb before the
 * determiner; null when there is none; undefined when the word is not used as a noun here.
 */
function claimNounSubject(toks: readonly PrintedToken[], k: number): number | null | undefined {
  if (!CLAIM_NOUNS.has(toks[k]!.lower)) return undefined;
  for (let d = k - 1; d >= 0 && k - d <= 3; d--) {
    const t = toks[d]!;
    // "the ministry's own estimate": the possessor is the claimant, its apostrophe split off or kept in the word.
    if (t.lower === 's' && isApostrophe(toks[d - 1]) && d >= 2 && isContentWord(toks[d - 2]!)) return d - 2;
    if (t.kind === 'word' && POSSESSIVE.test(t.text) && isContentWord(t)) return d;
    // "the workers’ estimate": a plural's bare apostrophe.
    if (isApostrophe(t) && d >= 1 && /s$/u.test(toks[d - 1]!.text) && isContentWord(toks[d - 1]!)) return d - 1;
    if (t.kind !== 'word') return undefined;
    if (DETERMINERS.has(t.lower)) {
      const subject = d - 2;
      return subject >= 0 && toks[d - 1]!.kind === 'word' && isContentWord(toks[subject]!) ? subject : null;
    }
  }
  return undefined;
}

/**
 * The noun phrase opening the clause that holds token `at` (after the sentence start, a comma or a clause break),
 * when it ends right before a verb: "The Renewal Party disputes that figure and says ...".
 */
function clauseSubject(sentence: string, toks: readonly PrintedToken[], at: number): string | null {
  let start = at;
  while (start > 0 && !CLAUSE_BREAKS.has(toks[start - 1]!.lower) && toks[start - 1]!.text !== ',') start--;
  while (start < at && DETERMINERS.has(toks[start]!.lower)) start++;
  if (start >= at || !isContentWord(toks[start]!)) return null;
  // Without parts of speech the verb is not known: a name runs over capitalised words ("Renewal Party"), a
  // description is one word ("the union").
  let end = start;
  while (end + 1 < at && isCapitalised(toks[end + 1]) && isContentWord(toks[end + 1]!)) end++;
  return phrase(sentence, toks, start, end);
}

/** Right of the counted phrase: ", the ministry said" or ", said the ministry". */
function claimantAfter(sentence: string, toks: readonly PrintedToken[], after: number): string | null {
  for (let k = after; k < toks.length && k - after <= DEFAULT_CLAIMANT_REACH.commaAfterPhrase; k++) {
    const t = toks[k]!;
    if (t.text !== ',' && t.text !== '—' && t.text !== '–') continue;
    const next = toks[k + 1];
    if (!next) break;
    if (REPORTING.has(next.lower)) return nounPhraseStartingAt(sentence, toks, k + 2);
    // ", X said": find the reporting verb within the next few words.
    for (let v = k + 1; v < toks.length && v - k <= DEFAULT_CLAIMANT_REACH.verbAfterComma; v++) {
      const w = toks[v]!;
      if (w.kind === 'punct') break;
      if (REPORTING.has(w.lower) && v > k + 1) {
        let s = v - 1;
        while (s > k && BETWEEN.has(toks[s]!.lower)) s--;
        return s > k ? nounPhraseEndingAt(sentence, toks, s) : null;
      }
    }
    break;
  }
  return null;
}
