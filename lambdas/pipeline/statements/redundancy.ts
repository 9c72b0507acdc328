/**
 * Redundancy first: the same sentence printed by many reports (a wire story's copies, a quote every outlet runs,
 * a reprint under another outlet's name) is collapsed before any pairwise work and carried with its multiplicity.
 * Units with the same normalised words, or quoting the same words, are one representative; only
 * representatives are compared, so an identical sentence or quotation costs a hash, not a comparison, and no bound
 * on the comparisons can keep two identical texts apart.
 *
 * Near-identical representatives (a changed word, a moved clause: an outlet's light rewording) meet through
 * MinHash/LSH over their word sets, with no frequency cap: however many reports carry the words, two texts that
 * share most of them become candidates. The paraphrase decision still confirms every candidate.
 */
import { LshIndex } from '../text/lsh.js';
import { createMinHasher, hashString32 } from '../text/minhash.js';
import { normalisedWords, words } from '../text/tokens.js';
import type { StatementUnit } from './units.js';
import { UnionFind } from '../union-find.js';

/** The units of one story, grouped by normalised text: `units[members[r][k]]` share representative r's words. */
export interface Representatives {
  /** One unit per distinct text, in the order the text first occurs. */
  reps: StatementUnit[];
  /** Indices (into the story's units) of the units each representative stands for, ascending. */
  members: number[][];
}

/**
 * What makes two units the same statement at sight: the same normalised words, or the same quoted words. A
 * quotation is the statement whatever the frame around it ("he said", "Quinn told reporters") and whoever the
 * report names: a quote statement shows its quoted words, so two that quote the same words are one statement to a
 * reader (the group names the speaker most reports name and keeps the others: group.ts). A sentence whose words
 * are exactly a quotation another report prints in quote marks is that quotation (an outlet that dropped the
 * marks). And two units with the same words are one whatever their quote marks made of them: a stray mark that
 * makes one report's quotation "Pigeon informed The Canadian Press." does not make it another sentence.
 */
function quotationKey(u: StatementUnit, normalised: (text: string) => string): string | null {
  if (u.kind !== 'quote' || !u.quote) return null;
  const words = normalised(u.quote);
  return words === '' ? null : words;
}

/**
 * Groups units that meet at sight (same normalised text, or same quoted words: either key joins them, so the
 * groups are the connected units); the first unit of each group represents it. Only the distinct keys are held (a
 * big story has 100,000 units and far fewer texts).
 */
export function collapseIdentical(units: readonly StatementUnit[], normalised: (text: string) => string = normalisedWords): Representatives {
  const sets = new UnionFind(units.length);
  const firstWith = new Map<string, number>();
  const meet = (key: string, i: number): void => {
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, i);
    else sets.join(first, i);
  };
  units.forEach((u, i) => {
    meet(normalised(u.text), i);
    const quoted = quotationKey(u, normalised);
    if (quoted !== null) meet(quoted, i);
  });
  const groups = sets.groups();
  return { reps: groups.map((g) => units[g[0]!]!), members: groups };
}

/**
 * Near-identical texts: LSH over MinHash signatures of each text's set of words. 16 bands of 4 rows: two texts of
 * word-set Jaccard 0.8 become candidates with probability above 0.999, at 0.6 about 0.89, at 0.3 about 0.12 (an
 * S-curve with its threshold near 0.5). A crowded bucket emits a chain of pairs, linear in its size, which
 * connects its members for the grouping all the same.
 */
export const DEFAULT_NEAR_IDENTICAL = { bands: 16, rows: 4, seed: 0x51a7e } as const;

/** Candidate pairs (i < j) of near-identical texts among `texts`. */
export function nearIdenticalPairs(texts: readonly string[], o: typeof DEFAULT_NEAR_IDENTICAL = DEFAULT_NEAR_IDENTICAL): Array<[number, number]> {
  const hasher = createMinHasher(o.bands * o.rows, o.seed);
  const lsh = new LshIndex({ bands: o.bands, rows: o.rows });
  texts.forEach((text, i) => {
    const ws = words(text);
    if (ws.length) lsh.add(i, hasher.signatureOfHashes(ws.map((w) => hashString32(w))));
  });
  return lsh.candidatePairs().map(([a, b]) => [a, b]);
}
