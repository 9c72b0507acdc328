/**
 * TF-IDF vectors of articles, L2-normalised, as sorted sparse arrays. The idf comes from the day's own articles:
 * a term every outlet uses that day ("said", "police" on a crime-heavy day) weighs little, one only a story's
 * articles share weighs a lot. No corpus statistics are shipped.
 */
import type { Article, PlanningInput } from '../model.js';
import { articleTerms, type ArticleTerm, type TermKind, type TermOptions } from './terms.js';
import { PORTER, type Stemmer } from '../text/tokens.js';

export interface SparseVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** Weights, parallel to ids; the vector has unit length (or is empty). */
  weights: Float64Array;
}

export interface VectorWeights {
  /** Multiplier for names (capitalised mid-sentence): people and places separate similar events. */
  nameBoost: number;
  /** Multiplier for numbers: dates, ages, counts. */
  numberBoost: number;
  /**
   * Pseudo-articles assumed beside the day, none with the term. Keeps idf from collapsing on a small day: when
   * 15 of 30 articles share a word, it is the story's word, not a common one.
   */
  idfPrior: number;
}

export interface DayVectors {
  vectors: SparseVector[];
  /** Term text by id (for debugging and tests). */
  terms: string[];
  /** Document frequency by term id. */
  df: Int32Array;
}

/** Term kinds as stored per article: what weighs a term up. */
export const WORD = 0;
export const NAME = 1;
export const NUMBER = 2;
const KIND_CODE: Record<TermKind, number> = { word: WORD, name: NAME, number: NUMBER };

/** Each article's terms, collected once (tokenising and stemming are the cost) and weighed under any df. */
export interface DayTerms {
  /** Per article: term ids ascending, their lead-weighted counts and kinds (WORD, NAME, NUMBER), parallel. */
  ids: Int32Array[];
  counts: Float64Array[];
  kinds: Uint8Array[];
  /** Term text by id. */
  terms: string[];
}

/** An article's terms as planning-input.ts packs them: the terms joined by spaces, counts and kind codes parallel. */
export interface PackedTerms {
  terms: string;
  termCounts: Float64Array;
  termKinds: Uint8Array;
}

export function packTerms(list: readonly ArticleTerm[]): PackedTerms {
  return {
    terms: list.map((t) => t.term).join(' '),
    termCounts: Float64Array.from(list, (t) => t.count),
    termKinds: Uint8Array.from(list, (t) => KIND_CODE[t.kind]),
  };
}

/**
 * `inputs[i]`, when given and counted under the same term options, holds article i's terms already collected
 * (planning-input.ts); the others are collected here. Either way the same DayTerms.
 */
export function collectDayTerms(
  articles: readonly Pick<Article, 'title' | 'text'>[],
  o: TermOptions,
  stems: Stemmer = PORTER,
  inputs?: readonly (PlanningInput | undefined)[],
): DayTerms {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const out: DayTerms = { ids: [], counts: [], kinds: [], terms };
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
    }
    return id;
  };
  articles.forEach((article, i) => {
    const input = inputs?.[i];
    const packed = input && input.leadWeight === o.leadWeight && input.leadChars === o.leadChars ? input : packTerms(articleTerms(article, o, stems));
    const n = packed.termCounts.length;
    // Sorted by term id through one numeric key per term, id * positions + position (exact in a double: a day's ids
    // and an article's positions stay far below 2^26 each; an article's terms are distinct, so ids never tie): no
    // object per term, no comparator.
    const positions = 2 ** Math.ceil(Math.log2(n + 1));
    const keys = new Float64Array(n);
    if (n > 0) {
      let k = 0;
      for (const term of packed.terms.split(' ')) {
        keys[k] = idOf(term) * positions + k;
        k++;
      }
    }
    keys.sort();
    const ids = new Int32Array(n);
    const counts = new Float64Array(n);
    const kinds = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      const key = keys[j] as number;
      const at = key % positions;
      ids[j] = (key - at) / positions;
      counts[j] = packed.termCounts[at] as number;
      kinds[j] = packed.termKinds[at] as number;
    }
    out.ids.push(ids);
    out.counts.push(counts);
    out.kinds.push(kinds);
  });
  return out;
}

/**
 * Document frequency by term id and the number of documents. With `groups` (versions of one report, versions.ts)
 * a term counts once per group and a group is one document: a wire story reprinted 300 times is one report, and
 * its words stay as rare as one report makes them.
 */
export function documentFrequency(day: DayTerms, groups?: readonly (readonly number[])[]): { df: Int32Array; documents: number } {
  const df = new Int32Array(day.terms.length);
  if (groups === undefined) {
    for (const ids of day.ids) for (const id of ids) df[id] = (df[id] as number) + 1;
    return { df, documents: day.ids.length };
  }
  const lastGroup = new Int32Array(day.terms.length).fill(-1);
  groups.forEach((members, g) => {
    for (const i of members) {
      for (const id of day.ids[i] as Int32Array) {
        if (lastGroup[id] === g) continue;
        lastGroup[id] = g;
        df[id] = (df[id] as number) + 1;
      }
    }
  });
  return { df, documents: groups.length };
}

/** Unit TF-IDF vectors of the day's articles under a document frequency, in input order. */
export function weighDayTerms(day: DayTerms, frequency: { df: Int32Array; documents: number }, w: VectorWeights): SparseVector[] {
  const { df, documents: n } = frequency;
  return day.ids.map((ids, a) => {
    const counts = day.counts[a] as Float64Array;
    const kinds = day.kinds[a] as Uint8Array;
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      // Smoothed idf stays positive on tiny days (two articles of one story would otherwise weigh nothing).
      const idf = Math.log((n + w.idfPrior + 1) / ((df[ids[i] as number] as number) + 1)) + 1;
      const kind = kinds[i] as number;
      const boost = kind === NAME ? w.nameBoost : kind === NUMBER ? w.numberBoost : 1;
      const x = (1 + Math.log(counts[i] as number)) * idf * boost;
      weights[i] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
    return { ids, weights };
  });
}

/** Builds the unit TF-IDF vectors of the day's articles, one per article, in input order. */
export function buildDayVectors(articles: readonly Pick<Article, 'title' | 'text'>[], w: VectorWeights & TermOptions, stems: Stemmer = PORTER): DayVectors {
  const day = collectDayTerms(articles, w, stems);
  const frequency = documentFrequency(day);
  return { vectors: weighDayTerms(day, frequency, w), terms: day.terms, df: frequency.df };
}

/** The unit vector of (term id, weight) entries, ids ascending; all weights 0 when their length is 0. */
export function unitVector(entries: [number, number][]): SparseVector {
  entries.sort((x, y) => x[0] - y[0]);
  const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0));
  return {
    ids: Int32Array.from(entries.map(([id]) => id)),
    weights: Float64Array.from(entries.map(([, v]) => (norm > 0 ? v / norm : 0))),
  };
}

/** Dot product of two sorted sparse vectors (cosine, as both have unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      s += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}
