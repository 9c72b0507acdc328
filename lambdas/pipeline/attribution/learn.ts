/**
 * What a unit teaches the article's entity memory: people introduced with a title ("Defense Secretary Lloyd Austin"),
 * an apposition ("X, head of Y,") or a common given name ("Maria Okonkwo"); organisations ("the Harbour Trust",
 * "the FAA"); a sentence subject with the evidence of being a person; and a gender from the article's own pronouns.
 * Attribution reads the memory back to resolve 'he', 'Putin' and 'the ministry' in later units.
 */
import { STOP_WORDS } from '../text/tokens.js';
import { DETERMINERS, NOT_A_SPEAKER } from '../lexicon/function-words.js';
import { FEMININE_PRONOUNS, MASCULINE_PRONOUNS } from '../lexicon/gender-words.js';
import { NOT_AN_ACRONYM, ORG_NAME_JOINERS, ORG_REFERENCES, ORG_WORDS, ROLE_NOUNS } from '../lexicon/roles.js';
import type { EntityMemory } from './entity-memory.js';
import { endsApostropheS, endsPossessive, isCap, isWord, makeTok, type Tok } from './frame.js';
import { DEFAULT_MENTION_REACH, trimLeadingFunctionWords } from './mentions.js';
import type { SentenceSubject } from './subject.js';

/** How far the learners read, in words. */
export const DEFAULT_LEARN_REACH = {
  /** Lower-case words between a possessive and an organisation noun ("Harbourland's transport ministry"). */
  possessiveToOrganisationWords: 3,
} as const;

/**
 * Who and what a unit introduces, read from its text alone (so parsed once per distinct text: unit-parse.ts), then
 * taught to each article's memory in the order they are read: people with a title, capitalised pairs, appositions
 * (learnEntities), organisations (learnOrganisations, after the unit is attributed).
 */
export interface Introductions {
  /** "Defense Secretary Lloyd Austin": the name, its role words, the token where the role starts. */
  titled: readonly Introduced[];
  /** "Maria Okonkwo": capitalised pairs that are no organisation; a person when the memory knows the given name. */
  pairs: readonly Introduced[];
  /** "Serhii Popko, head of the ...,": a name and its role phrase. */
  appositions: readonly Introduced[];
  organisations: readonly string[];
}

export interface Introduced {
  name: string;
  role: string | null;
  at: number;
}

/** Reads a unit's introductions: `frame` is the masked text, `frameToks` its tokens (parentheticals kept), `toks` the parsers'. */
export function introductionsOf(frame: string, frameToks: readonly Tok[], toks: readonly Tok[]): Introductions {
  return { titled: titledPeople(frameToks), pairs: namePairs(frame), appositions: appositions(frame), organisations: organisations(toks) };
}

/** Registers the people a unit introduces: with a title or an apposition, or by a common given name. */
export function learnEntities(intro: Introductions, memory: EntityMemory, position: number): void {
  for (const p of intro.titled) memory.addPerson(p.name, p.role, position, p.at);
  for (const p of intro.pairs) {
    if (memory.genderOf(p.name)) memory.addPerson(p.name, null, position, p.at);
    else memory.notePair(p.name);
  }
  for (const p of intro.appositions) memory.addPerson(p.name, p.role, position, p.at);
}

/** Registers the organisations a unit names, so a later "the commission" or "the agency" can be resolved. */
export function learnOrganisations(intro: Introductions, memory: EntityMemory, position: number): void {
  for (const name of intro.organisations) memory.addOrganisation(name, position);
}

/** "Defense Secretary Lloyd Austin", "Sen. Hal Brenner": a name after a role noun, with the role words before it. */
function titledPeople(toks: readonly Tok[]): Introduced[] {
  const out: Introduced[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!ROLE_NOUNS.has(t.low)) continue; // as in splitTitle: no token's lower-case form ends in a full stop
    let j = i + 1;
    if (toks[j]?.t === '.' && isCap(toks[j + 1])) j++; // "Sen. Hal Brenner": the abbreviation's full stop
    const name: Tok[] = [];
    while (isCap(toks[j]) && !ROLE_NOUNS.has(toks[j]!.low) && !endsApostropheS(toks[j]!.t)) name.push(toks[j++]!);
    // "President Lena Ortiz’s plan": the possessive ends the name, it is still part of it.
    if (name.length > 0 && isCap(toks[j]) && endsApostropheS(toks[j]!.t) && !ROLE_NOUNS.has(toks[j]!.low)) {
      name.push(makeTok(toks[j]!.t.replace(/['’]s$/u, '')));
    }
    if (name.length === 0 || name.some((n) => ORG_WORDS.has(n.low) || STOP_WORDS.has(n.low))) continue;
    const role: string[] = [t.t];
    for (let k = i - 1; k >= 0 && i - k <= DEFAULT_MENTION_REACH.roleWordsBeforeName; k--) {
      const b = toks[k]!;
      if (!isWord(b) || DETERMINERS.has(b.low) || (STOP_WORDS.has(b.low) && !isCap(b))) break;
      role.unshift(b.t);
    }
    out.push({ name: name.map((n) => n.t).join(' '), role: role.join(' '), at: i });
  }
  return out;
}

/**
 * "Maria Okonkwo met John Whitfield": a capitalised pair led by a common given name is a person wherever it stands
 * (the object of one sentence is often the 'he' of the next). Other pairs are remembered as possible full names.
 */
function namePairs(frame: string): Introduced[] {
  const out: Introduced[] = [];
  // The capital is matched before the look-behind tests what precedes it (equivalent to testing first, and cheaper:
  // most positions fail on the capital).
  for (const m of frame.matchAll(/(\p{Lu}(?<![\p{L}’']\p{Lu})\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gu)) {
    const name = m[1]!.replace(/['’]s$/u, '');
    const org = name.split(/\s+/u).some((w) => ORG_WORDS.has(w.toLowerCase()) || STOP_WORDS.has(w.toLowerCase()) || NOT_A_SPEAKER.has(w.toLowerCase()));
    if (!org) out.push({ name, role: null, at: m.index + 1 });
  }
  return out;
}

/** "Serhii Popko, head of the Kyiv City Military Administration, said": NAME , role-phrase , */
function appositions(frame: string): Introduced[] {
  // The pattern needs two commas ("NAME, role phrase,"): most frames have fewer, so skip its costly scan.
  const comma = frame.indexOf(',');
  if (comma < 0 || frame.indexOf(',', comma + 1) < 0) return [];
  // A name starts at a word start (the look-behind): tried inside a long word, the pattern was quadratic.
  const appos = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+((?:the\s+)?[\p{Ll}\p{Lu}.'’ -]{0,40}?\b([\p{Ll}]{1,40})\b[^,]{0,60}),/gu;
  const out: Introduced[] = [];
  for (const m of frame.matchAll(appos)) {
    const head = m[3]!.toLowerCase();
    if (ROLE_NOUNS.has(head) && !STOP_WORDS.has(m[1]!.split(' ')[0]!.toLowerCase())) out.push({ name: m[1]!, role: m[2]!, at: m.index });
  }
  return out;
}

/**
 * The organisations a unit names ("the Harbour Trust", "Commission on Port Safety", "the FAA"): capitalised runs
 * (with inner of/on/for/and) holding an organisation word, and all-capital acronyms.
 */
function organisations(toks: readonly Tok[]): string[] {
  const reach = DEFAULT_LEARN_REACH.possessiveToOrganisationWords;
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i])) continue;
    let j = i;
    while (isCap(toks[j + 1]) || (ORG_NAME_JOINERS.has(toks[j + 1]?.low ?? '') && isCap(toks[j + 2]))) j++;
    const run = toks.slice(i, j + 1);
    i = j;
    if (run.length === 1 && /^\p{Lu}{3,5}$/u.test(run[0]!.t) && !NOT_AN_ACRONYM.has(run[0]!.t)) out.push(run[0]!.t);
    else if (endsPossessive(run[run.length - 1]!.t)) {
      // "Harbourland's transport ministry": a possessive before a lower-case organisation noun.
      let k = j + 1;
      while (k < toks.length && k - j <= reach && isWord(toks[k]) && !isCap(toks[k]) && !ORG_REFERENCES.has(toks[k]!.low)) k++;
      if (k - j <= reach && ORG_REFERENCES.has(toks[k]?.low ?? '') && !STOP_WORDS.has(toks[j + 1]?.low ?? 'the')) {
        out.push(toks.slice(i, k + 1).map((t) => t.t).join(' '));
      }
    }
    else if (run.some((t) => ORG_WORDS.has(t.low) || ORG_REFERENCES.has(t.low)) && !endsPossessive(run[run.length - 1]!.t)) {
      out.push(trimLeadingFunctionWords(run).map((t) => t.t).join(' '));
    }
  }
  return out;
}

/**
 * A sentence's subject is a person only with evidence: a name of two words or more, or a name already known.
 * One capitalised word there is as often a place, a group or an adverb ("Harbourton", "Millennials", "Sometimes").
 * A person's gender is then read from the article's own pronouns after it.
 */
export function learnSubject(subject: SentenceSubject | null, toks: readonly Tok[], memory: EntityMemory, position: number): void {
  if (!subject?.verb || subject.mention.type !== 'name') return;
  const { text, role } = subject.mention;
  if (text.includes(' ') || memory.isKnown(text)) {
    memory.addPerson(text, role, position, 0);
  } else if (memory.pairFor(text)) {
    // "Guessford was shocked ..." after "Annette Guessford": a lone surname the article used in a full name.
    memory.addPerson(memory.pairFor(text)!, role, position, 0);
  }
  noteOwnPronoun(toks, text, memory);
}

/**
 * The article's own co-reference tells a person's gender: "Okafor said his ferry ..." makes Okafor a man, so a later
 * 'she' skips him. The first personal pronoun after the sentence's subject counts when no other capitalised word
 * or quotation stands between them (it could be the antecedent). Only a gender not yet known is set.
 */
function noteOwnPronoun(toks: readonly Tok[], name: string, memory: EntityMemory): void {
  const p = memory.personNamed(name);
  if (!p || p.gender) return;
  const last = p.name.split(' ').pop()!;
  let k = toks.findIndex((t) => t.t === last || t.t === `${last}’s` || t.t === `${last}'s`);
  if (k < 0) return;
  for (k++; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.cap || t.t === 'QQQ') return;
    if (MASCULINE_PRONOUNS.has(t.low)) return memory.setGender(p, 'm');
    if (FEMININE_PRONOUNS.has(t.low)) return memory.setGender(p, 'f');
  }
}
