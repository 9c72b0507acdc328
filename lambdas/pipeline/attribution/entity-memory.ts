/**
 * A small memory of the people an article names, so that "he", "Putin" or "the defense secretary" can be turned
 * back into the full name the article used earlier ("Vladimir Putin", "Lloyd Austin").
 *
 * Only mentions with strong evidence of being a person are registered (a title before a name, an apposition, the
 * subject of a speech verb): registering every capitalised pair ("North Korean", "White House") would make
 * pronouns resolve to places.
 */
import { boundedMemo } from '../memo.js';

/** Lower-case words that name a role; a capitalised run ending in one is a title ("Defense Secretary"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'president vice secretary minister spokesman spokeswoman spokesperson governor senator sen rep representative ' +
    'chancellor leader chief head director ambassador mayor premier king queen prince princess pope judge prosecutor ' +
    'commissioner chairman chairwoman chair ceo general gen admiral adm colonel col lieutenant lt captain capt sergeant ' +
    'officer official envoy correspondent professor prof dr mr mrs ms sir lord lady coach manager founder analyst ' +
    'economist researcher candidate nominee attorney lawyer deputy commander marshal sheriff superintendent editor ' +
    'diplomat dictator emperor sheikh ayatollah cardinal bishop rabbi imam justice counsel strategist adviser advisor ' +
    'aide pollster executive businessman businesswoman spokesmen congressman congresswoman lawmaker legislator ' +
    'mp speaker chairperson premier monarch owner boss consultant commentator columnist activist historian scientist ' +
    'operative organizer organiser donor scholar writer novelist actor actress singer comedian host anchor pastor ' +
    'reverend priest voter supporter delegate resident'
  ).split(' '),
);

/** Honorifics that are never part of the name itself. */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'prof']);

export type Gender = 'm' | 'f';

/** Words that tell a person's gender when they stand in the name or its role ("Mrs. Ortiz", "the spokeswoman"). */
const FEMININE = new Set(
  'mrs ms miss madam lady queen princess spokeswoman congresswoman chairwoman businesswoman sister mother wife daughter actress dame'.split(' '),
);
const MASCULINE = new Set('mr sir lord king prince spokesman congressman chairman businessman brother father husband son actor'.split(' '));
/**
 * Common given names, a weak cue used only when nothing else tells: it lets "she" skip a "John" and "he" skip a
 * "Maria" when both were named in the article.
 */
const FEMALE_NAMES = new Set(
  (
    'mary maria anna ann anne elizabeth hillary nancy susan sarah sara karen linda lisa patricia jennifer jessica ' +
    'emily emma olivia sophia laura julia angela angelina michelle barbara margaret helen catherine kate katherine ' +
    'elena irina olga natalia tatiana yulia ursula kamala nikki carly elizabeth theresa teresa marine christine ' +
    'jill melania ivanka chelsea hope kellyanne sheryl amy debbie donna diane dianne rachel rebecca ruth janet ' +
    'claire sophie marie giorgia annalena jacinda sanna kaja priya aisha fatima mariam leila'
  ).split(' '),
);
const MALE_NAMES = new Set(
  (
    'john james robert michael william david richard joseph thomas charles christopher daniel matthew donald mark ' +
    'paul steven andrew kenneth george joshua kevin brian edward ronald timothy jason jeffrey ryan jacob gary ' +
    'barack joe bernie ted marco jeb ben chris mike rand rick bill vladimir dmitry sergei sergey volodymyr ' +
    'emmanuel olaf boris keir rishi xi kim recep benjamin lloyd antony jake mitch chuck kevin newt reince corey ' +
    'jared eric tim lindsey john ali ahmed mohammed muhammad omar hassan ivan igor alexei alexander peter'
  ).split(' '),
);

/** The gender a common given name tells ("maria" -> 'f'), or null: a weak cue, only for the first word of a name. */
export function givenNameGender(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\./gu, '');
  return FEMALE_NAMES.has(w) ? 'f' : MALE_NAMES.has(w) ? 'm' : null;
}

/** The gender a name or role tells, or null. */
export function genderCue(name: string, role: string | null = null): Gender | null {
  // Asked again for every mention of the same name (addPerson, learnEntities): remember the recent answers.
  return role === null ? genderOfName(name) : genderOfNameAndRole(`${role.length}:${role}${name}`);
}
/** Bound on each memo of a pure function of a name: enough for a day's names, small enough to be no leak. */
const MEMO_LIMIT = 20_000;
const genderOfName = boundedMemo((name) => computeGenderCue(name, null), MEMO_LIMIT);
// Keyed `<role length>:<role><name>`, unambiguous whatever characters the two hold; decoded here.
const genderOfNameAndRole = boundedMemo((key) => {
  const colon = key.indexOf(':');
  const length = Number(key.slice(0, colon));
  return computeGenderCue(key.slice(colon + 1 + length), key.slice(colon + 1, colon + 1 + length));
}, MEMO_LIMIT);

function computeGenderCue(name: string, role: string | null): Gender | null {
  const words = `${role ?? ''} ${name}`.toLowerCase().replace(/\./gu, '').split(/\s+/u).filter(Boolean);
  if (words.some((w) => FEMININE.has(w))) return 'f';
  if (words.some((w) => MASCULINE.has(w))) return 'm';
  const given = name.toLowerCase().replace(/\./gu, '').split(/\s+/u).filter((w) => !HONORIFICS.has(w))[0] ?? '';
  if (name.split(/\s+/u).length >= 2) {
    if (FEMALE_NAMES.has(given)) return 'f';
    if (MALE_NAMES.has(given)) return 'm';
  }
  return null;
}

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

const lastToken = boundedMemo((name) => (name.split(/\s+/).pop() ?? name).toLowerCase().replace(/['’]s$/u, ''), MEMO_LIMIT);

/** Removes honorifics and stray punctuation from a name. */
// Every lookup in the memory cleans its mention: the same few names are cleaned over and over.
export const cleanName: (name: string) => string = boundedMemo((name) => computeCleanName(name), MEMO_LIMIT);

function computeCleanName(name: string): string {
  const toks = name
    .replace(/[“”"‘«»]/gu, ' ')
    .split(/\s+/)
    // QQQ stands for a masked quotation in the attribution frame: it is never part of a name.
    .filter((t) => t.length > 0 && t !== 'QQQ');
  while (toks.length > 1 && HONORIFICS.has(toks[0]!.toLowerCase().replace(/\.$/, ''))) toks.shift();
  return toks.join(' ').replace(/[,;:]+$/u, '');
}

/** Nouns any organisation answers to: "the group" may be the Harbour Trust; "the ministry" must be a ministry. */
const GENERIC_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  'group organization organisation agency company firm body panel coalition alliance association'.split(' '),
);

/** Forms of one role ("Sen. Ruiz" ... "the senator", "Rep. Kaye" ... "the congresswoman"), keyed by one word. */
const ROLE_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sen: 'senator', gov: 'governor', rep: 'representative', congressman: 'representative', congresswoman: 'representative',
    lawmaker: 'representative', gen: 'general', pres: 'president', spokesman: 'spokesperson', spokeswoman: 'spokesperson',
    chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', adm: 'admiral', col: 'colonel', lt: 'lieutenant',
    capt: 'captain', prof: 'professor', advisor: 'adviser', atty: 'attorney',
  }),
);
const roleKey = (word: string): string => {
  const w = word.toLowerCase().replace(/\.$/u, '');
  return ROLE_FORMS.get(w) ?? w;
};

export class EntityMemory {
  private readonly people: Person[] = [];
  private readonly subjects = new Map<number, string>();
  private readonly organisations: Array<{ name: string; words: string[]; lastSeen: number }> = [];

  /** Two-word capitalised names seen anywhere in the article, by their last word: "Annette Guessford" for "guessford". */
  private readonly namePairs = new Map<string, string>();

  /** Per person, the last word of the name as it stands now (noteMentions' hot loop). */
  private readonly mentionProbes = new Map<Person, { name: string; last: string }>();

  /** Remembers a capitalised pair ("Annette Guessford") without taking it for a person yet. */
  notePair(name: string): void {
    const clean = cleanName(name);
    if (clean.split(/\s+/u).length < 2) return;
    const key = lastToken(clean);
    if (!this.namePairs.has(key)) this.namePairs.set(key, clean);
  }

  /**
   * The full name a lone surname stands for, when the article named someone with it before ("Guessford was
   * shocked" after "Annette Guessford"): evidence that a one-word sentence subject is a person, not a place.
   */
  pairFor(word: string): string | null {
    return this.namePairs.get(lastToken(cleanName(word))) ?? null;
  }

  /** Registers (or refreshes) an organisation named in the article ("Harbour Trust", "Russia's defense ministry"). */
  addOrganisation(rawName: string, position: number): void {
    const name = cleanName(rawName).replace(/^(the|The)\s+/u, '');
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
    const name = cleanName(rawName);
    if (!/^\p{Lu}/u.test(name)) return null;
    const last = lastToken(name);
    let p = this.people.find((x) => x.last === last);
    const cue = genderCue(rawName, role);
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
      const last = lastToken(cleanName(name));
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
    const name = cleanName(mention);
    const p = this.people.find((x) => x.last === lastToken(name));
    return p && p.name.length >= name.length ? p.name : name;
  }

  /** The person a mention ("Putin", "Vladimir Putin") stands for, or null. */
  personNamed(mention: string): Person | null {
    const last = lastToken(cleanName(mention));
    return this.people.find((x) => x.last === last) ?? null;
  }

  isKnown(mention: string): boolean {
    const last = lastToken(cleanName(mention));
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
