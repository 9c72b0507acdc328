/**
 * Resolving a mention to a speaker through the article's entity memory: 'he'/'she' to the person they point back
 * to, "the minister" to whoever holds the role, "the ministry" to the organisation named before, "Putin" to the
 * full name the article used ("Vladimir Putin"). Speakers are plain names; anything else is refused.
 */
import { NOT_A_SPEAKER } from '../lexicon/function-words.js';
import { ORG_REFERENCES } from '../lexicon/roles.js';
import type { UnitContext } from './unit-context.js';
import type { EntityMemory } from './entity-memory.js';
import type { Gender } from './gender.js';
import type { Mention } from './mentions.js';
import type { SentenceSubject } from './subject.js';
import { trimEndOf } from '../text/trim.js';

/** Bounds of a speaker's name, in characters: shorter is a stray letter, longer a clause read as a name. */
export const DEFAULT_SPEAKER_NAME = {
  minChars: 2,
  maxChars: 80,
} as const;

/**
 * The speaker a mention stands for, or null. `register` takes a name for a person and remembers it (a subject of a
 * speech verb is one; the source after "according to" is often a publication).
 */
export function resolve(m: Mention, ctx: UnitContext, register: boolean): string | null {
  const { memory, position } = ctx;
  if (m.type === 'pronoun') {
    const gender = m.head === 'she' ? 'f' : 'm';
    // A pronoun points back: people named earlier first, then (rarely) someone named earlier in its own sentence.
    const p =
      memory.recentSubject(position, gender, ctx.params.pronounSubjectWindow) ??
      memory.mostRecent(position, gender, true) ??
      memory.mostRecent(position, gender);
    if (p) memory.setGender(p, gender);
    return p?.name ?? null;
  }
  if (m.type === 'nominal') {
    let p = memory.byRole(m.head, position);
    // "Ortiz's adviser": whoever holds the role, never the possessor (m.role).
    if (!p) p = memory.mostRecent(position, null, m.role !== null);
    if (p && m.role && p.last === m.role) p = null;
    return p?.name ?? null;
  }
  if (m.type === 'orgref') return memory.organisation(m.head, position);
  if (m.type === 'group') {
    const name = m.text.replace(/^(the|The)\s+/u, '');
    memory.addOrganisation(name, position);
    return name;
  }
  // "according to L'Independent" names a source, often a publication: not evidence of a person.
  if (!register) return memory.fullName(m.text);
  const p = memory.addPerson(m.text, m.role, position, 0);
  return p ? memory.fullName(m.text) : m.text;
}

/**
 * The speaker the speech verb's mention stands for, or null when it is no name ("Recently", "Friday"): that leaves
 * the quotation to the fallbacks. A 'he'/'she' tries the sentence's own subject first.
 */
export function speakerOfMention(m: Mention, according: boolean, subject: SentenceSubject | null, ctx: UnitContext): string | null {
  let speaker: string | null = null;
  if (m.type === 'pronoun') speaker = subjectAntecedent(subject, ctx.memory, m.head === 'she' ? 'f' : 'm', ctx.position);
  if (!speaker) speaker = resolve(m, ctx, !according);
  if (speaker && cleanSpeaker(speaker)) return speaker;
  // "The electoral board said ...", with no board named before: the description is who the article credits, and
  // a reader is better told "electoral board" than nothing. Only for organisations: an unnamed "he" stays unknown.
  return m.type === 'orgref' ? describedOrganisation(m.text) : null;
}

/** "the electoral board" -> "electoral board": an organisation as the article describes it, when it names none. */
function describedOrganisation(text: string): string | null {
  const d = text.replace(/^(the|its|their)\s+/iu, '').trim();
  return d.length >= DEFAULT_SPEAKER_NAME.minChars && d.length <= DEFAULT_SPEAKER_NAME.maxChars && !/QQQ/u.test(d) ? d : null;
}

/**
 * "Rhimes closed her speech: “...,” she said": a 'he'/'she' that attributes a quotation later in a sentence whose
 * subject is a named person of a fitting gender means that person, whoever the previous sentences were about. The
 * subject needs the usual evidence of being a person (two words, a known name, or the surname of a full name seen).
 */
function subjectAntecedent(subject: SentenceSubject | null, memory: EntityMemory, gender: Gender, position: number): string | null {
  if (!subject?.verb || subject.mention.type !== 'name') return null;
  const text = subject.mention.text;
  const full = memory.isKnown(text) ? text : (memory.pairFor(text) ?? (text.includes(' ') ? text : null));
  if (!full) return null;
  const known = memory.personNamed(full);
  const cue = known?.gender ?? memory.genderOf(full, subject.mention.role);
  if (cue && cue !== gender) return null;
  const p = memory.addPerson(full, subject.mention.role, position, 0);
  if (!p) return null;
  memory.setGender(p, gender);
  return memory.fullName(full);
}

/** Speakers are plain names: no quote marks, no trailing punctuation, no possessive. */
export function cleanSpeaker(s: string): string | null {
  const c = trimEndOf(s.replace(/[“”"«»]/gu, ''), ',.;:', true).trim();
  if (c.length < DEFAULT_SPEAKER_NAME.minChars || c.length > DEFAULT_SPEAKER_NAME.maxChars) return null;
  // A name has a capital; a description of an organisation ("electoral board", describedOrganisation) need not.
  if (!/\p{Lu}/u.test(c) && !ORG_REFERENCES.has(c.split(/\s+/u).pop()!.toLowerCase())) return null;
  if (/QQQ/u.test(c)) return null;
  // A speaker is a name: never only days, times or adverbs ("Friday", "Later", "Hours").
  if (c.split(/\s+/u).every((w) => NOT_A_SPEAKER.has(w.toLowerCase()))) return null;
  return c;
}
