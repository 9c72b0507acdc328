/**
 * Gender cues: what a name or its role tells of a person's gender ("Mrs. Ortiz", "the spokesman", "Maria Okonkwo"),
 * so that a later 'she' skips a man the article named and 'he' a woman. The article's own pronouns tell more
 * (attribution/learn.ts); the entity memory keeps what was learnt.
 */
import { HONORIFICS } from '../lexicon/roles.js';
import { FEMALE_GIVEN_NAMES, FEMININE_WORDS, MALE_GIVEN_NAMES, MASCULINE_WORDS } from '../lexicon/gender-words.js';

export type Gender = 'm' | 'f';

/** The gender a common given name tells ("maria" -> 'f'), or null: a weak cue, only for the first word of a name. */
export function givenNameGender(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\./gu, '');
  return FEMALE_GIVEN_NAMES.has(w) ? 'f' : MALE_GIVEN_NAMES.has(w) ? 'm' : null;
}

/**
 * The gender a name or role tells, or null: a gendered word in either (honorific, role, kin word) first, then the
 * given name of a name of two words or more.
 */
export function genderCue(name: string, role: string | null = null): Gender | null {
  const words = `${role ?? ''} ${name}`.toLowerCase().replace(/\./gu, '').split(/\s+/u).filter(Boolean);
  if (words.some((w) => FEMININE_WORDS.has(w))) return 'f';
  if (words.some((w) => MASCULINE_WORDS.has(w))) return 'm';
  const given = name.toLowerCase().replace(/\./gu, '').split(/\s+/u).filter((w) => !HONORIFICS.has(w))[0] ?? '';
  if (name.split(/\s+/u).length >= 2) {
    if (FEMALE_GIVEN_NAMES.has(given)) return 'f';
    if (MALE_GIVEN_NAMES.has(given)) return 'm';
  }
  return null;
}
