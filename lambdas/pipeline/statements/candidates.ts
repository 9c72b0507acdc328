/**
 * Which units of a story are worth comparing: candidate pairs through an inverted index over content stems (each
 * unit looks up only its rarest stems; stems carried by too many units are not looked up at all), so merging stays
 * linear in the story's sentences.
 */
import { contentStems, type Stemmer } from '../text/tokens.js';
import { CandidateIndex } from '../text/candidate-index.js';
import type { StatementUnit } from './units.js';

/** What the candidate lookup reads of the merge parameters (DEFAULT_MERGE_PARAMS in merge.ts). */
export interface CandidateParams {
  /** Stems carried by more units than this are not looked up (they propose everything). */
  maxPostings: number;
  /** Rarest stems looked up per unit. */
  stemsPerUnit: number;
  /** Candidates compared per unit. */
  maxCandidates: number;
}

/** Candidate pairs (i < j, different articles) through an inverted index over content stems. */
export function candidatePairs(units: readonly StatementUnit[], p: CandidateParams, stemmer: Stemmer): Array<[number, number]> {
  // Stems as story-local term ids (the strings are kept for tie-breaks): postings and counts are then arrays.
  const index = new CandidateIndex(units.length);
  const idsOf = (text: string): number[] => {
    const out: number[] = [];
    for (const st of contentStems(text, stemmer)) {
      const id = index.terms.id(st);
      if (!out.includes(id)) out.push(id);
    }
    return out;
  };
  const stems = units.map((u) => ({ all: idsOf(u.text), quote: u.quote ? idsOf(u.quote) : [] }));
  const lastUnit: number[] = [];
  stems.forEach((s, i) => {
    for (const list of [s.all, s.quote]) {
      for (const st of list) {
        if (lastUnit[st] === i) continue;
        lastUnit[st] = i;
        index.add(i, st);
      }
    }
  });
  // Rarest first, skipping stems only this unit has (no partner) and stems too common to discriminate.
  const rarest = (list: number[]): number[] => index.rarest(list, p.stemsPerUnit, 2, p.maxPostings);
  const pairs = new Set<number>();
  const out: Array<[number, number]> = [];
  stems.forEach((s, i) => {
    const article = units[i]!.article;
    // The quote's own stems are looked up too: a short quote inside a long narrated sentence still finds its twins.
    const lookups = [...new Set([...rarest(s.quote), ...rarest(s.all)])];
    // One shared word is chance ("Ukraine"); a restatement shares at least two of its rarer words.
    const best = index.candidates(lookups, {
      skip: (j) => j === i || units[j]!.article === article,
      minScore: 2,
      limit: p.maxCandidates,
    });
    for (const j of best) {
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = a * units.length + b;
      if (!pairs.has(key)) {
        pairs.add(key);
        out.push([a, b]);
      }
    }
  });
  return out;
}

