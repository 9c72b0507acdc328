/**
 * TF-IDF vectors of articles, L2-normalised, as sorted sparse arrays. The idf comes from the day's own articles:
 * a term every outlet uses that day ("said", "police" on a crime-heavy day) weighs little, one only a story's
 * articles share weighs a lot. No corpus statistics are shipped.
 */
import type { Article } from '../model.js';
import { articleTerms, type TermKind, type TermOptions } from './terms.js';
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

/** Builds the unit TF-IDF vectors of the day's articles, one per article, in input order. */
export function buildDayVectors(articles: readonly Pick<Article, 'title' | 'text'>[], w: VectorWeights & TermOptions, stems: Stemmer = PORTER): DayVectors {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const dfList: number[] = [];
  const perArticle: { id: number; count: number; kind: TermKind }[][] = [];
  for (const article of articles) {
    const list: { id: number; count: number; kind: TermKind }[] = [];
    for (const t of articleTerms(article, w, stems)) {
      let id = termIds.get(t.term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(t.term, id);
        terms.push(t.term);
        dfList.push(0);
      }
      dfList[id] = (dfList[id] as number) + 1;
      list.push({ id, count: t.count, kind: t.kind });
    }
    perArticle.push(list);
  }
  const n = articles.length;
  const vectors = perArticle.map((list) => {
    list.sort((a, b) => a.id - b.id);
    const ids = new Int32Array(list.length);
    const weights = new Float64Array(list.length);
    let norm = 0;
    list.forEach((t, i) => {
      // Smoothed idf stays positive on tiny days (two articles of one story would otherwise weigh nothing).
      const idf = Math.log((n + w.idfPrior + 1) / ((dfList[t.id] as number) + 1)) + 1;
      const boost = t.kind === 'name' ? w.nameBoost : t.kind === 'number' ? w.numberBoost : 1;
      const x = (1 + Math.log(t.count)) * idf * boost;
      ids[i] = t.id;
      weights[i] = x;
      norm += x * x;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
    return { ids, weights };
  });
  return { vectors, terms, df: Int32Array.from(dfList) };
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
