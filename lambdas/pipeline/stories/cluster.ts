/**
 * Story clustering: groups a day's articles into stories, one per real-world event.
 *
 * 1. TF-IDF vectors of content stems, idf from the day itself, names and numbers weighted up (they tell apart
 *    two events of the same kind: another earthquake, another arrest).
 * 2. Candidate neighbours from an inverted index over each article's top terms, with capped postings.
 * 3. Average-link agglomeration over the candidate graph, merging while the average cosine is above a threshold.
 */
import type { Article } from '../model.js';
import { averageLinkClusters } from './average-link.js';
import { candidateEdges, type CandidateOptions, type CandidateStats } from './candidates.js';
import type { TermOptions } from './terms.js';
import { buildDayVectors, type VectorWeights } from './vectors.js';

export interface ClusterParams extends VectorWeights, TermOptions, CandidateOptions {
  /** Merge two clusters while the average cosine between their articles is at least this. */
  threshold: number;
}

/** Chosen on ECB+ train topics, checked on its dev topics (see eval/ecbplus.ts). */
export const DEFAULT_CLUSTER_PARAMS: Readonly<ClusterParams> = {
  nameBoost: 2,
  numberBoost: 3,
  leadWeight: 2,
  leadChars: 400,
  idfPrior: 1000,
  topTerms: 15,
  maxPostings: 50,
  maxCandidates: 20,
  minSimilarity: 0.05,
  threshold: 0.27,
};

export interface ClusterResult {
  /** Groups of article ids, ordered by each group's first article in the input; ids in input order. */
  groups: string[][];
  stats: CandidateStats;
}

/** Clusters with explicit parameters and returns the work counters too (for tests and evals). */
export function clusterStoriesDetailed(articles: readonly Article[], params: Partial<ClusterParams> = {}): ClusterResult {
  const p: ClusterParams = { ...DEFAULT_CLUSTER_PARAMS, ...params };
  const { vectors } = buildDayVectors(articles, p);
  const { edges, stats } = candidateEdges(vectors, p);
  const groups = averageLinkClusters(vectors, edges, p.threshold).map((g) => g.map((i) => (articles[i] as Article).id));
  return { groups, stats };
}

/** Groups of article ids, one per real-world event; every article in exactly one group; deterministic order. */
export function clusterStories(articles: Article[]): string[][] {
  return clusterStoriesDetailed(articles).groups;
}
