/**
 * Mentions: the noun phrase a speech verb points at, read from the frame's tokens. Before the verb ("Putin said",
 * "Putin, asked ..., said", "the Kremlin leader said", "Russia's defense ministry said") or after it ("said Kirby",
 * "according to Hayashi", "said longtime island resident Paul Okafor"). A mention is typed (a name, a pronoun, a
 * description of a person or of an organisation, a group) so attribution/resolve.ts knows how to resolve it.
 */
import { STOP_WORDS } from '../text/tokens.js';
import { AFFILIATION_PREPOSITIONS, DETERMINERS, NAME_PARTICLES, NOT_A_SPEAKER, PREPOSITIONS, SPEAKER_PRONOUNS } from '../lexicon/function-words.js';
import { GROUP_NOUNS, ORG_REFERENCES, ORG_WORDS, RELATION_NOUNS, ROLE_NOUNS } from '../lexicon/roles.js';
import { AMBIGUOUS_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { endsPossessive, isCap, isWord, type Tok } from './frame.js';

/** How far the mention parsers read, in tokens or words: the reach of the grammar, fixed for every article. */
export const DEFAULT_MENTION_REACH = {
  /** Lower-case role words read before a name ("former harbour adviser" in "former harbour adviser Nils Berg"). */
  roleWordsBeforeName: 4,
  /** Comma-bounded segments walked back from a verb to its subject ("X, 58, who lives outside Y, said"). */
  parentheticalHops: 4,
  /** Tokens one of those segments may hold: a longer one is a clause, not a parenthetical. */
  parentheticalTokens: 30,
  /** Words of a lower-case description read back from its head noun ("Russia's defense ministry said"). */
  descriptionWords: 7,
  /** Tokens of an organisation's name walked back over to the person it follows ("X of the Y Institute said"). */
  affiliationTokens: 12,
  /** Words read after a verb up to a name ("said longtime island resident Paul Okafor"). */
  roleWordsAfterVerb: 7,
  /** Words of a description after a determiner ("said the Kremlin spokesman"). */
  descriptionWordsAfterVerb: 5,
  /** Lower-case words of a description led by a capitalised word ("Harbour Party front-runner Lena Ortiz"). */
  describedNameWords: 4,
} as const;

export interface Mention {
  text: string;
  /** 'name': a capitalised name; 'pronoun'; 'nominal': determiner + role ("the Kremlin leader"); 'group': other. */
  type: 'name' | 'pronoun' | 'nominal' | 'group' | 'orgref';
  role: string | null;
  head: string;
}

/** Splits a capitalised run into its title ("Russian President") and the name after it ("Vladimir Putin"). */
export function splitTitle(run: readonly Tok[]): { title: readonly Tok[]; name: readonly Tok[] } {
  let k = -1;
  run.forEach((t, i) => {
    // Word tokens never end in a full stop, and the '.' token is no role: the lower-cased form is looked up as is.
    if (ROLE_NOUNS.has(t.low)) k = i;
  });
  return { title: run.slice(0, k + 1), name: run.slice(k + 1) };
}

/** Drops sentence-initial function words that are capitalised only because they start the sentence. */
export function trimLeadingFunctionWords(run: readonly Tok[]): readonly Tok[] {
  let i = 0;
  while (i < run.length - 1 && (STOP_WORDS.has(run[i]!.low) || NOT_A_SPEAKER.has(run[i]!.low))) i++;
  return run.slice(i);
}

export function mentionFromRun(run: readonly Tok[], before: readonly Tok[]): Mention | null {
  // "The Harbour Trust": a capitalised run led by 'the' is an organisation (people take no article).
  const ledByThe = run[0]?.low === 'the' && run.length > 1;
  run = trimLeadingFunctionWords(run);
  while (run.length > 1 && NOT_A_SPEAKER.has(run[run.length - 1]!.low)) run = run.slice(0, -1); // "Ohio Monday"
  if (run.length === 0) return null;
  if (run.length === 1 && STOP_WORDS.has(run[0]!.low)) return null;
  const { title, name } = splitTitle(run);
  // A lower-case role right before the name ("spokesman John Kirby", "leader Kim Jong Un").
  const roleWords = title.map((t) => t.t);
  if (title.length === 0) {
    for (let i = before.length - 1; i >= 0 && before.length - i <= DEFAULT_MENTION_REACH.roleWordsBeforeName; i--) {
      const b = before[i]!;
      if (!isWord(b) || DETERMINERS.has(b.low)) break;
      roleWords.unshift(b.t);
    }
    if (!roleWords.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) roleWords.length = 0;
  }
  if (name.length === 0) {
    const head = title[title.length - 1]!.low;
    return { text: title.map((t) => t.t).join(' '), type: 'nominal', role: null, head };
  }
  const text = name.map((t) => t.t).join(' ');
  const org = name.some((t) => ORG_WORDS.has(t.low)) || (ledByThe && title.length === 0);
  return { text, type: org ? 'group' : 'name', role: roleWords.length ? roleWords.join(' ') : null, head: name[name.length - 1]!.low };
}

/** The noun phrase ending just before index `end` (exclusive): the subject of "X said". */
export function mentionBefore(toks: readonly Tok[], end: number): Mention | null {
  let j = end - 1;
  // "Putin, asked by a reporter about ..., said", "Sam Reyes, 58, who lives outside Harbourton, says": skip up to
  // three comma-bounded parentheticals back to the phrase that opens the chain; that phrase is the subject.
  if (toks[j]?.t === ',') {
    let comma = j;
    let apposition: Mention | null = null;
    // The name right before the last comma ("At a hearing, Sen. Hal Brenner, said"), when the opening phrase is none.
    let nearest: Mention | null = null;
    for (let hops = 0; hops < DEFAULT_MENTION_REACH.parentheticalHops; hops++) {
      let k = comma - 1;
      while (k >= 0 && toks[k]!.t !== ',' && toks[k]!.t !== 'QQQ' && comma - k < DEFAULT_MENTION_REACH.parentheticalTokens) k--;
      if (hops === 0 && (k < 0 || toks[k]!.t !== ',')) return null; // "..., said": one comma is no parenthetical
      if (k >= 0 && toks[k]!.t !== ',' && toks[k]!.t !== 'QQQ') return apposition ?? nearest; // too long to be a parenthetical
      const m = comma - 1 > k ? mentionBefore(toks, comma) : null;
      if (hops === 0 && m?.type === 'name') nearest = m;
      // "The Harbour Trust's director, Sam Reyes, said": a segment that is only a name is the name itself.
      const segment = toks.slice(k + 1, comma);
      if (hops > 0 || k >= 0) {
        if (m?.type === 'name' && segment.every((t) => isCap(t) || NAME_PARTICLES.has(t.low)) && !apposition && k >= 0 && toks[k]!.t === ',') apposition = m;
      }
      if (k < 0 || toks[k]!.t === 'QQQ') {
        if (m?.type === 'name' || m?.type === 'pronoun') return m;
        return apposition ?? nearest ?? m;
      }
      comma = k;
    }
    return apposition ?? nearest;
  }
  const w = toks[j];
  if (!isWord(w)) return null;
  if (SPEAKER_PRONOUNS.has(w.low)) return { text: w.t, type: 'pronoun', role: null, head: w.low };
  if (isCap(w) || NAME_PARTICLES.has(w.low)) {
    let s = j;
    while (s - 1 >= 0 && (isCap(toks[s - 1]) || (NAME_PARTICLES.has(toks[s - 1]!.low) && isCap(toks[s - 2])))) s--;
    const run = toks.slice(s, j + 1);
    if (endsPossessive(w.t)) return null; // "Putin's comments": a possessive is no subject
    if (PREPOSITIONS.has(toks[s - 1]?.low ?? '')) return affiliatedMention(toks, s, run); // "in Ohio said": no speaker
    return mentionFromRun(run, toks.slice(Math.max(0, s - DEFAULT_MENTION_REACH.roleWordsBeforeName), s));
  }
  // Lower-case phrase: "the Kremlin leader", "the defense secretary", "Russia's defense ministry".
  const words: Tok[] = [];
  let s = j;
  while (s >= 0 && words.length < DEFAULT_MENTION_REACH.descriptionWords && isWord(toks[s]) && !DETERMINERS.has(toks[s]!.low)) {
    words.unshift(toks[s]!);
    if (endsPossessive(toks[s]!.t)) break;
    // "the Harbour senator and party candidate": two roles joined by 'and' describe one person.
    if (STOP_WORDS.has(toks[s]!.low) && !(toks[s]!.low === 'and' && ROLE_NOUNS.has(w.low))) return null;
    s--;
  }
  if (words.length === 0) return null;
  const det = toks[s];
  const hasDet = det !== undefined && DETERMINERS.has(det.low);
  const possessive = endsPossessive(words[0]!.t);
  if (!hasDet && !possessive) return null;
  const head = w.low;
  if (ROLE_NOUNS.has(head) && hasDet) return { text: words.map((t) => t.t).join(' '), type: 'nominal', role: null, head };
  // "Ortiz's campaign manager said": a role held by someone; the possessor is not the speaker.
  if (ROLE_NOUNS.has(head) && possessive && words.length > 1) {
    return { text: words.map((t) => t.t).join(' '), type: 'nominal', role: words[0]!.low.replace(/['’]s?$/u, ''), head };
  }
  if (hasDet && ORG_REFERENCES.has(head) && words.every((t) => !isCap(t))) return { text: words.map((t) => t.t).join(' '), type: 'orgref', role: null, head };
  const groupHead = ORG_WORDS.has(head) || GROUP_NOUNS.has(head);
  if ((possessive || words.some((t) => isCap(t))) && groupHead) return { text: words.map((t) => t.t).join(' '), type: 'group', role: null, head };
  return null;
}

/**
 * The subject of a verb when the capitalised run before it follows a preposition. Usually a place ("in Ohio said")
 * and no speaker, but two shapes name a person: a title inside an organisation's name ("The Harbour Trust Executive
 * Director Lena Ortiz says") and an affiliation after the name ("Lena Ortiz of the Harbour Trust said").
 */
function affiliatedMention(toks: readonly Tok[], s: number, run: readonly Tok[]): Mention | null {
  const { title, name } = splitTitle(run);
  if (title.length > 0 && name.length > 0 && !name.some((t) => ORG_WORDS.has(t.low))) return mentionFromRun(run, []);
  if (!AFFILIATION_PREPOSITIONS.has(toks[s - 1]!.low)) return null;
  // Walk back over the organisation's name to where the chain starts: capitalised words, 'the', 'of', 'for', 'and'.
  let k = s - 1;
  while (k - 1 >= 0 && s - k < DEFAULT_MENTION_REACH.affiliationTokens && (isCap(toks[k - 1]) || /^(the|of|for|and|at|from|on)$/u.test(toks[k - 1]!.low))) k--;
  if (PREPOSITIONS.has(toks[k - 1]?.low ?? '') || DETERMINERS.has(toks[k - 1]?.low ?? '')) return null;
  const first: Tok[] = [];
  for (let i = k; i < s && isCap(toks[i]); i++) first.push(toks[i]!);
  // The chain must open with a person's name followed by the affiliation: "Joel Pollak of ...", not "The Trust of".
  const after = toks[k + first.length];
  if (first.length === 0 || !after || !AFFILIATION_PREPOSITIONS.has(after.low) || first.some((t) => ORG_WORDS.has(t.low))) return null;
  if (first.length === 1 && DETERMINERS.has(first[0]!.low)) return null;
  return mentionFromRun(first, toks.slice(Math.max(0, k - DEFAULT_MENTION_REACH.roleWordsBeforeName), k));
}

/**
 * "said former Harbour Trust adviser Lena Ortiz", "said undecided voter Sam Reyes": lower-case role words before the
 * name. Up to six words without function words, ending in a capitalised run that is either two words long or
 * follows a role noun.
 */
function mentionAfterRoleWords(toks: readonly Tok[], start: number): Mention | null {
  let i = start;
  while (i < toks.length && i - start < DEFAULT_MENTION_REACH.roleWordsAfterVerb && isWord(toks[i]) && !STOP_WORDS.has(toks[i]!.low) && !PREPOSITIONS.has(toks[i]!.low)) i++;
  let s = i;
  while (s - 1 > start && isCap(toks[s - 1])) s--;
  if (s === i || s === start) return null;
  const run = toks.slice(s, i);
  const before = toks[s - 1]!;
  if (run.length < 2 && !ROLE_NOUNS.has(before.low)) return null;
  if (endsPossessive(run[run.length - 1]!.t)) return null;
  const m = mentionFromRun(run, toks.slice(start, s));
  return m && m.type === 'name' ? m : null;
}

/** The noun phrase starting at `start`: "said Kirby", "said the spokesman", "according to Hayashi". */
export function mentionAfter(toks: readonly Tok[], start: number): Mention | null {
  let i = start;
  const w = toks[i];
  if (!isWord(w)) return null;
  if (SPEAKER_PRONOUNS.has(w.low)) return { text: w.t, type: 'pronoun', role: null, head: w.low };
  if (DETERMINERS.has(w.low) && w.low !== 'that') {
    const words: Tok[] = [];
    i++;
    while (isWord(toks[i]) && words.length < DEFAULT_MENTION_REACH.descriptionWordsAfterVerb) {
      words.push(toks[i]!);
      if (ROLE_NOUNS.has(toks[i]!.low)) return { text: words.map((t) => t.t).join(' '), type: 'nominal', role: null, head: toks[i]!.low };
      if (ORG_REFERENCES.has(toks[i]!.low) && !isWord(toks[i + 1]) && words.every((t) => !isCap(t))) {
        return { text: words.map((t) => t.t).join(' '), type: 'orgref', role: null, head: toks[i]!.low };
      }
      i++;
    }
    const run = words.filter((t) => isCap(t));
    return run.length === words.length && run.length > 0 ? mentionFromRun([w, ...run], []) : null;
  }
  if (!isCap(w)) return mentionAfterRoleWords(toks, start);
  const run: Tok[] = [];
  for (;;) {
    while (isCap(toks[i]) || (NAME_PARTICLES.has(toks[i]?.low ?? '') && isCap(toks[i + 1]))) run.push(toks[i++]!);
    // "Harbour Trust adviser Sam Reyes": a lower-case role between an affiliation and the name.
    if (ROLE_NOUNS.has(toks[i]?.low ?? '') && toks[i]!.t === toks[i]!.low && isCap(toks[i + 1])) run.push(toks[i++]!);
    else break;
  }
  return describedName(toks, i) ?? mentionFromRun(run, []);
}

/**
 * The name after a description that opens with a capitalised word: "Ortiz constituent Sam Reyes", "Harbour Party
 * front-runner Lena Ortiz", "Ortiz’s deputy campaign manager, Sam Reyes": after the capitalised run (ending at
 * `i`), one to four lower-case words ending in a noun for a person (a role, an agent noun in -er/-or/-ist/-ent...,
 * or a relation), then a name of two capitalised words (one after a role noun), optionally after a comma. The
 * description's leading name is the possessor or the affiliation, not the person described.
 */
function describedName(toks: readonly Tok[], i: number): Mention | null {
  let k = i;
  while (k < toks.length && k - i < DEFAULT_MENTION_REACH.describedNameWords && isWord(toks[k]) && !toks[k]!.cap && !STOP_WORDS.has(toks[k]!.low) && !PREPOSITIONS.has(toks[k]!.low)) {
    const low = toks[k]!.low;
    if (SPEECH_VERBS.has(low) || AMBIGUOUS_VERBS.has(low) || SPEECH_PARTICIPLES.has(low) || /(?:ed|ly)$/u.test(low)) return null;
    k++;
  }
  if (k === i) return null;
  const head = toks[k - 1]!.low;
  const personNoun = ROLE_NOUNS.has(head) || RELATION_NOUNS.has(head) || /^[\p{L}-]{3,}(?:er|or|ist|ian|ant|ent|ee)s?$/u.test(head);
  if (!personNoun) return null;
  let s = k;
  if (toks[s]?.t === ',' && endsPossessive(toks[i - 1]?.t ?? '')) s++; // "Ortiz’s campaign manager, Sam Reyes"
  let e = s;
  while (isCap(toks[e]) || (NAME_PARTICLES.has(toks[e]?.low ?? '') && isCap(toks[e + 1]))) e++;
  if (e - s < (ROLE_NOUNS.has(head) ? 1 : 2)) return null;
  const m = mentionFromRun(toks.slice(s, e), toks.slice(i, k));
  return m && m.type === 'name' ? m : null;
}

