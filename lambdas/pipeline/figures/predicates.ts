/**
 * "3 people were treated in hospital", "30 people had to leave their homes", "five other people were taken to
 * hospital": a count of plain people says what it counts only through what happened to them. Mentions of such a
 * count are compared only with mentions whose predicate (the words after the counted phrase) shares a content word
 * with theirs, so the people treated in hospital are compared with the people taken to hospital, not with those who
 * left their homes. Heads that name who the people are ("residents", "passengers") are left to disputes.ts.
 */
import { SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { STOP_WORDS, words, type Stemmer } from '../text/tokens.js';
import { isNumberWord } from './numbers.js';

/** Words of a predicate read after the counted phrase. */
export const PREDICATE_WORDS = 8;

/** The bucket key of a count of plain people (heads.ts SYNONYMS: people, persons, individuals). */
const PLAIN_PEOPLE = 'count::people|';

/**
 * The content stems of the words after a quantity (its predicate), without its counted head ("people"), computed
 * once on first call.
 */
export function lazyPredicate(sentence: string, end: number, head: string | null, stems: Stemmer): () => readonly string[] {
  let out: readonly string[] | undefined;
  return () => (out ??= words(sentence.slice(end))
    .slice(0, PREDICATE_WORDS)
    .filter((w) => w !== head && !STOP_WORDS.has(w) && !SPEECH_VERBS.has(w) && !isNumberWord(w) && !/\d/.test(w))
    .map((w) => stems.stem(w)));
}

/** Splits each bucket of plain people's counts into groups whose mentions' predicates share a content word. */
export function splitPeopleByPredicate<M extends { predicate: () => readonly string[] }>(buckets: Map<string, M[]>): void {
  for (const [key, mentions] of [...buckets]) {
    if (!key.startsWith(PLAIN_PEOPLE)) continue;
    const parent = mentions.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const byWord = new Map<string, number>();
    mentions.forEach((m, i) => {
      for (const w of m.predicate()) {
        const j = byWord.get(w);
        if (j === undefined) byWord.set(w, i);
        else parent[find(i)] = find(j);
      }
    });
    const groups = new Map<number, M[]>();
    mentions.forEach((m, i) => {
      const root = find(i);
      const g = groups.get(root);
      if (g) g.push(m);
      else groups.set(root, [m]);
    });
    buckets.delete(key);
    let n = 0;
    for (const g of groups.values()) buckets.set(`${key}#${n++}`, g);
  }
}
