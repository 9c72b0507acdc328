/**
 * A small memory of the people an article names, so that "he", "Putin" or "the defense secretary" can be turned
 * back into the full name the article used earlier ("Vladimir Putin", "Lloyd Austin").
 *
 * Only mentions with strong evidence of being a person are registered (a title before a name, an apposition, the
 * subject of a speech verb): registering every capitalised pair ("North Korean", "White House") would make
 * pronouns resolve to places.
 */
import { boundedMemo } from '../bounded-cache.js';
import { GENERIC_ORGANISATION_NOUNS, HONORIFICS, ROLE_FORMS } from '../lexicon/roles.js';
import { genderCue, type Gender } from './gender.js';
import { trimEndOf } from '../text/trim.js';

/** Limits of an article's memory. */
export const DEFAULT_MEMORY_LIMITS = {
  /**
   * Answers each name memo keeps: an article names far fewer names; the bound only keeps a pathological article
   * (a list of thousands of names) from growing them without limit.
   */
  nameMemoEntries: 5_000,
} as const;

export interface Person {
  /** The longest form of the name seen ("Vladimir Putin"). */
  name: string;
  /** Last token of the name, lower-cased: how later mentions ("Putin") are matched. */
  last: string;
  /** Role words seen with the name, lower-cased ("russian president", "head of the kyiv city ..."). */
  roles: string[];
  /** Sentence position of the latest mention, and salience within it (lower = earlier in the sentence). */
  lastSeen: number;
  salience: number;
  /** The latest mention before `lastSeen` (position -1 when none): what a pronoun sees of someone named after it. */
  prevSeen: number;
  prevSalience: number;
  /** From honorifics, gendered roles, given names, or an earlier 'he'/'she' that resolved to this person. */
  gender: Gender | null;
}

/** Last token of a name, lower-cased, without a possessive: how later mentions ("Putin") are matched. */
const lastToken = (name: string): string => (name.split(/\s+/).pop() ?? name).toLowerCase().replace(/['’]s$/u, '');

/** Removes honorifics and stray punctuation from a name. */
export function cleanName(name: string): string {
  const toks = name
    .replace(/[“”"‘«»]/gu, ' ')
    .split(/\s+/)
    // QQQ stands for a masked quotation in the attribution frame: it is never part of a name.
    .filter((t) => t.length > 0 && t !== 'QQQ');
  while (toks.length > 1 && HONORIFICS.has(toks[0]!.toLowerCase().replace(/\.$/, ''))) toks.shift();
  return trimEndOf(toks.join(' '), ',;:');
}

const roleKey = (word: string): string => {
  const w = word.toLowerCase().replace(/\.$/u, '');
  return ROLE_FORMS.get(w) ?? w;
};

/**
 * The memory of ONE article, held by its ArticleAttribution (attribute.ts) and dropped with it: the people and
 * organisations it names, who each unit was about, and the memos of its name questions.
 */
export class EntityMemory {
  /**
   * Answers of pure functions of a name, for this article: every lookup cleans its mention, and an article asks
   * about the same few names over and over. They live and die with the memory (one article).
   */
  private readonly clean = boundedMemo(cleanName, DEFAULT_MEMORY_LIMITS.nameMemoEntries);
  private readonly last = boundedMemo(lastToken, DEFAULT_MEMORY_LIMITS.nameMemoEntries);
  private readonly genderOfName = boundedMemo((name) => genderCue(name, null), DEFAULT_MEMORY_LIMITS.nameMemoEntries);
  // Keyed `<role length>:<role><name>`, unambiguous whatever characters the two hold; decoded here.
  private readonly genderOfNameAndRole = boundedMemo((key) => {
    const colon = key.indexOf(':');
    const length = Number(key.slice(0, colon));
    return genderCue(key.slice(colon + 1 + length), key.slice(colon + 1, colon + 1 + length));
  }, DEFAULT_MEMORY_LIMITS.nameMemoEntries);

  private readonly people: Person[] = [];
  private readonly subjects = new Map<number, string>();
  private readonly organisations: Array<{ name: string; words: string[]; lastSeen: number }> = [];

  /** Two-word capitalised names seen anywhere in the article, by their last word: "Annette Guessford" for "guessford". */
  private readonly namePairs = new Map<string, string>();

  /** Per person, the last word of the name as it stands now (noteMentions' hot loop). */
  private readonly mentionProbes = new Map<Person, { name: string; last: string }>();

  /** The gender a name or role tells (genderCue), remembered for this article. */
  genderOf(name: string, role: string | null = null): Gender | null {
    return role === null ? this.genderOfName(name) : this.genderOfNameAndRole(`${role.length}:${role}${name}`);
  }

  /** Remembers a capitalised pair ("Annette Guessford") without taking it for a person yet. */
  notePair(name: string): void {
    const clean = this.clean(name);
    if (clean.split(/\s+/u).length < 2) return;
    const key = this.last(clean);
    if (!this.namePairs.has(key)) this.namePairs.set(key, clean);
  }

  /**
   * The full name a lone surname stands for, when the article named someone with it before ("Guessford was
   * shocked" after "Annette Guessford"): evidence that a one-word sentence subject is a person, not a place.
   */
  pairFor(word: string): string | null {
    return this.namePairs.get(this.last(this.clean(word))) ?? null;
  }

  /** Registers (or refreshes) an organisation named in the article ("Harbour Trust", "Russia's defense ministry"). */
  addOrganisation(rawName: string, position: number): void {
    const name = this.clean(rawName).replace(/^(the|The)\s+/u, '');
    if (!/\p{L}/u.test(name)) return;
    const words = name.toLowerCase().split(/\s+/u);
    const known = this.organisations.find((o) => o.name === name);
    if (known) known.lastSeen = Math.max(known.lastSeen, position);
    else this.organisations.push({ name, words, lastSeen: position });
  }

  /**
   * "the ministry", "the group": the latest organisation whose name holds the noun, else (for nouns any
   * organisation answers to, like "the group") the latest organisation named at all.
   */
  organisation(head: string, before: number): string | null {
    const h = head.toLowerCase();
    let best: { name: string; lastSeen: number } | null = null;
    let any: { name: string; lastSeen: number } | null = null;
    for (const o of this.organisations) {
      if (o.lastSeen > before) continue;
      if (o.words.includes(h) && (!best || o.lastSeen >= best.lastSeen)) best = o;
      if (!any || o.lastSeen >= any.lastSeen) any = o;
    }
    return (best ?? (GENERIC_ORGANISATION_NOUNS.has(h) ? any : null))?.name ?? null;
  }

  /** Registers (or refreshes) a person; a longer form of a known name replaces the shorter one. */
  addPerson(rawName: string, role: string | null, position: number, salience = 0): Person | null {
    const name = this.clean(rawName);
    if (!/^\p{Lu}/u.test(name)) return null;
    const last = this.last(name);
    let p = this.people.find((x) => x.last === last);
    const cue = this.genderOf(rawName, role);
    if (!p) {
      p = { name, last, roles: [], lastSeen: position, salience, prevSeen: -1, prevSalience: 0, gender: cue };
      this.people.push(p);
    } else {
      if (name.split(' ').length > p.name.split(' ').length) p.name = name;
      this.touch(p, position, salience);
    }
    if (!p.gender && cue) p.gender = cue;
    const r = role?.trim().toLowerCase();
    if (r && !p.roles.includes(r)) p.roles.push(r);
    return p;
  }

  /** Records that a pronoun of this gender resolved to the person, so later pronouns can tell people apart. */
  setGender(p: Person, gender: Gender): void {
    if (!p.gender) p.gender = gender;
  }

  /** Remembers who the subject of a unit was (a quotation-only paragraph after it continues that person). */
  noteSubject(name: string, position: number): void {
    this.subjects.set(position, name);
  }

  subjectAt(position: number): string | null {
    return this.subjects.get(position) ?? null;
  }

  /**
   * The subject (or speaker) of one of the last `window` units, when it is a known person of a fitting gender:
   * in news, 'he said' continues whoever the previous sentences were about, even when others are named there.
   */
  recentSubject(before: number, gender: Gender | null, window: number): Person | null {
    for (let at = before - 1; at >= 0 && at >= before - window; at--) {
      const name = this.subjects.get(at);
      if (!name) continue;
      const last = this.last(this.clean(name));
      const p = this.people.find((x) => x.last === last);
      if (p && (!gender || !p.gender || p.gender === gender)) return p;
    }
    return null;
  }

  private touch(p: Person, position: number, salience: number): void {
    if (position > p.lastSeen) {
      p.prevSeen = p.lastSeen;
      p.prevSalience = p.salience;
    }
    if (position > p.lastSeen || (position === p.lastSeen && salience < p.salience)) {
      p.lastSeen = position;
      p.salience = salience;
    }
  }

  /** Marks every known person whose last name occurs capitalised in the sentence as mentioned there. */
  noteMentions(sentence: string, position: number): void {
    for (const p of this.people) {
      let probe = this.mentionProbes.get(p);
      if (probe?.name !== p.name) {
        probe = { name: p.name, last: p.name.split(' ').pop() ?? '' };
        this.mentionProbes.set(p, probe);
      }
      const at = wholeWordIndex(sentence, probe.last);
      if (at >= 0) this.touch(p, position, at);
    }
  }

  /** The full name for a mention ("Putin" -> "Vladimir Putin"); the mention itself when nobody matches. */
  fullName(mention: string): string {
    const name = this.clean(mention);
    const p = this.people.find((x) => x.last === this.last(name));
    return p && p.name.length >= name.length ? p.name : name;
  }

  /** The person a mention ("Putin", "Vladimir Putin") stands for, or null. */
  personNamed(mention: string): Person | null {
    const last = this.last(this.clean(mention));
    return this.people.find((x) => x.last === last) ?? null;
  }

  isKnown(mention: string): boolean {
    const last = this.last(this.clean(mention));
    return this.people.some((x) => x.last === last);
  }

  /**
   * The most salient recent person: latest sentence first, then the earliest mention in it (the subject). With a
   * gender ('he' -> 'm'), people known to be of the other gender are skipped.
   */
  mostRecent(before: number, gender: Gender | null = null, strict = false): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    let bestSalience = 0;
    for (const p of this.people) {
      // strict: only mentions in earlier sentences count ("He warned that Ortiz ..." : 'he' is not Ortiz).
      const [at, salience] = p.lastSeen < before || (!strict && p.lastSeen === before) ? [p.lastSeen, p.salience] : [p.prevSeen, p.prevSalience];
      if (at < 0 || at > before) continue;
      if (gender && p.gender && p.gender !== gender) continue;
      if (!best || at > bestAt || (at === bestAt && salience < bestSalience)) [best, bestAt, bestSalience] = [p, at, salience];
    }
    return best;
  }

  /** Resolves "the Russian president" / "the spokesman": the latest person whose roles share the head noun. */
  byRole(head: string, before: number): Person | null {
    const h = roleKey(head);
    let best: Person | null = null;
    for (const p of this.people) {
      if (p.lastSeen > before) continue;
      if (!p.roles.some((r) => r.split(/\s+/).some((w) => roleKey(w) === h))) continue;
      if (!best || p.lastSeen > best.lastSeen) best = p;
    }
    return best;
  }
}

const LETTER = /\p{L}/u;

/** The code point that ends just before `at` (a surrogate pair read whole), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}
const isLetterCode = (cp: number | undefined): boolean => cp !== undefined && cp >= 0 && LETTER.test(String.fromCodePoint(cp));

/**
 * Offset of the first occurrence of `word` not glued to a letter on either side, or -1: what
 * /(?<!\p{L})word(?!\p{L})/u finds, without compiling a Unicode regex per name (that compile was the hot spot).
 */
export function wholeWordIndex(text: string, word: string): number {
  if (word === '') {
    const m = new RegExp('(?<![\\p{L}])(?![\\p{L}])', 'u').exec(text);
    return m ? m.index : -1;
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // With the u flag a match never starts inside a surrogate pair.
    const here = text.charCodeAt(at);
    if (here >= 0xdc00 && here <= 0xdfff && at > 0) {
      const high = text.charCodeAt(at - 1);
      if (high >= 0xd800 && high <= 0xdbff) continue;
    }
    if (isLetterCode(codePointBefore(text, at))) continue;
    if (isLetterCode(text.codePointAt(at + word.length))) continue;
    return at;
  }
  return -1;
}
