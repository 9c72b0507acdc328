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

  /** Registers (or refreshes) a person; a longer form of a known name replaces the shorter one. */
  addPerson(rawName: string, role: string | null, position: number, salience = 0): Person | null {
    const name = cleanName(rawName);
    if (!/^\p{Lu}/u.test(name)) return null;
    const last = lastToken(name);
    let p = this.people.find((x) => x.last === last);
    if (!p) {
      p = { name, last, roles: [], lastSeen: position, salience };
      this.people.push(p);
    } else {
      if (name.split(' ').length > p.name.split(' ').length) p.name = name;
      this.touch(p, position, salience);
    }
    const r = role?.trim().toLowerCase();
    if (r && !p.roles.includes(r)) p.roles.push(r);
    return p;
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

  /** The most salient recent person: latest sentence first, then the earliest mention in it (the subject). */
  mostRecent(before: number): Person | null {
    let best: Person | null = null;
    for (const p of this.people) {
      if (p.lastSeen > before) continue;
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
