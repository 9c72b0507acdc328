/**
 * A small memory of the people an article names, so that "he", "Putin" or "the defense secretary" can be turned
 * back into the full name the article used earlier ("Vladimir Putin", "Lloyd Austin").
 *
 * Only mentions with strong evidence of being a person are registered (a title before a name, an apposition, the
 * subject of a speech verb): registering every capitalised pair ("North Korean", "White House") would make
 * pronouns resolve to places.
 */

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
    'mp speaker chairperson premier monarch owner boss'
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

/** The gender a name or role tells, or null. */
export function genderCue(name: string, role: string | null = null): Gender | null {
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
  /** From honorifics, gendered roles, given names, or an earlier 'he'/'she' that resolved to this person. */
  gender: Gender | null;
}

const lastToken = (name: string): string => (name.split(/\s+/).pop() ?? name).toLowerCase().replace(/['’]s$/u, '');

/** Removes honorifics and stray punctuation from a name. */
export function cleanName(name: string): string {
  const toks = name
    .replace(/[“”"‘«»]/gu, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  while (toks.length > 1 && HONORIFICS.has(toks[0]!.toLowerCase().replace(/\.$/, ''))) toks.shift();
  return toks.join(' ').replace(/[,;:]+$/u, '');
}

export class EntityMemory {
  private readonly people: Person[] = [];
  private readonly subjects = new Map<number, string>();

  /** Registers (or refreshes) a person; a longer form of a known name replaces the shorter one. */
  addPerson(rawName: string, role: string | null, position: number, salience = 0): Person | null {
    const name = cleanName(rawName);
    if (!/^\p{Lu}/u.test(name)) return null;
    const last = lastToken(name);
    let p = this.people.find((x) => x.last === last);
    const cue = genderCue(rawName, role);
    if (!p) {
      p = { name, last, roles: [], lastSeen: position, salience, gender: cue };
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

  private touch(p: Person, position: number, salience: number): void {
    if (position > p.lastSeen || (position === p.lastSeen && salience < p.salience)) {
      p.lastSeen = position;
      p.salience = salience;
    }
  }

  /** Marks every known person whose last name occurs capitalised in the sentence as mentioned there. */
  noteMentions(sentence: string, position: number): void {
    for (const p of this.people) {
      const re = new RegExp(`(?<![\\p{L}])${escapeRe(p.name.split(' ').pop() ?? '')}(?![\\p{L}])`, 'u');
      const m = re.exec(sentence);
      if (m) this.touch(p, position, m.index);
    }
  }

  /** The full name for a mention ("Putin" -> "Vladimir Putin"); the mention itself when nobody matches. */
  fullName(mention: string): string {
    const name = cleanName(mention);
    const p = this.people.find((x) => x.last === lastToken(name));
    return p && p.name.length >= name.length ? p.name : name;
  }

  isKnown(mention: string): boolean {
    const last = lastToken(cleanName(mention));
    return this.people.some((x) => x.last === last);
  }

  /**
   * The most salient recent person: latest sentence first, then the earliest mention in it (the subject). With a
   * gender ('he' -> 'm'), people known to be of the other gender are skipped.
   */
  mostRecent(before: number, gender: Gender | null = null): Person | null {
    let best: Person | null = null;
    for (const p of this.people) {
      if (p.lastSeen > before) continue;
      if (gender && p.gender && p.gender !== gender) continue;
      if (!best || p.lastSeen > best.lastSeen || (p.lastSeen === best.lastSeen && p.salience < best.salience)) best = p;
    }
    return best;
  }

  /** Resolves "the Russian president" / "the spokesman": the latest person whose roles share the head noun. */
  byRole(head: string, before: number): Person | null {
    const h = head.toLowerCase();
    let best: Person | null = null;
    for (const p of this.people) {
      if (p.lastSeen > before) continue;
      if (!p.roles.some((r) => r.split(/\s+/).includes(h))) continue;
      if (!best || p.lastSeen > best.lastSeen) best = p;
    }
    return best;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
