/**
 * One person, one name across a story's statements. Outlets name a speaker in full ("Lloyd Austin"), by surname
 * ("Austin") or with a title before the name ("Mayor Ilse Brandt"); each statement's speaker is settled by its own
 * reports (group.ts), so one story could show the same person under three names. Here, after merging: a title word
 * before a full name is dropped (the name is the speaker; the role is not part of it), and a one-word speaker that is
 * the last name of exactly one full name in the story takes that full name.
 */
import { RELATION_NOUNS, ROLE_NOUNS } from '../lexicon/roles.js';
import { PERSON_NOUNS } from '../lexicon/person-nouns.generated.js';
import type { MergedGroup } from './group.js';

/** A name word: capitalised ("Adeyemi", "O'Neill", "Saint-Just"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "Mayor Ilse Brandt" -> "Ilse Brandt", "Inspector Katri Sundell" -> "Katri Sundell": a role, relation or other
 * noun for a kind of person (lexicon/person-nouns.generated.ts) before two or more name words.
 */
export function withoutTitle(speaker: string): string {
  const ws = speaker.split(/\s+/u);
  const first = ws[0]!.toLowerCase();
  if (ws.length >= 3 && (ROLE_NOUNS.has(first) || RELATION_NOUNS.has(first) || PERSON_NOUNS.has(first)) && ws.slice(1).every((w) => NAME_WORD.test(w))) {
    return ws.slice(1).join(' ');
  }
  return speaker;
}

/** Rewrites the groups' speakers in place so that one person has one name in the story. */
export function unifySpeakers(groups: MergedGroup[]): void {
  for (const g of groups) {
    if (g.speaker) g.speaker = withoutTitle(g.speaker);
    g.alsoCredited = g.alsoCredited.map(withoutTitle);
  }
  // Full names (two name words or more) by their last word; a last word two different full names share stays as it is.
  const full = new Map<string, string | null>();
  for (const g of groups) {
    const ws = g.speaker?.split(/\s+/u) ?? [];
    if (ws.length < 2 || !ws.every((w) => NAME_WORD.test(w))) continue;
    const last = ws[ws.length - 1]!;
    const known = full.get(last);
    full.set(last, known === undefined || known === g.speaker ? g.speaker! : null);
  }
  const fullName = (speaker: string): string => (!/\s/u.test(speaker) && full.get(speaker)) || speaker;
  for (const g of groups) {
    if (g.speaker) g.speaker = fullName(g.speaker);
    g.alsoCredited = g.alsoCredited.map(fullName);
  }
}
