/**
 * Candidate neighbours for story clustering without an all-pairs step (the day's CandidateIndex). Each article is
 * indexed under its few top-weighted terms only, and each posting list keeps at most `maxPostings` articles (those
 * weighing the term most), so one article meets at most topTerms x maxPostings others, whatever the size of the
 * day. Only the best `maxCandidates` of those, by the overlap of their top terms, get an exact cosine.
 */
import { dot, type SparseVector } from './vectors.js';
import { CandidateIndex, topK } from '../text/candidate-index.js';

export interface CandidateOptions {
  /** How many of an article's heaviest terms index it. */
  topTerms: number;
  /** Cap on a posting list: the articles weighing the term most are kept. */
  maxPostings: number;
  /** How many candidates per article get an exact cosine. */
  maxCandidates: number;
  /** Edges below this cosine are dropped: too weak to ever matter for a merge. */
  minSimilarity: number;
}

export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

/** Work counters, so tests can show the cost is linear in the number of articles (not quadratic). */
export interface CandidateStats {
  /** Posting entries visited while collecting candidates. */
  postingVisits: number;
  /** Exact cosine computations (pairs of articles compared). */
  comparisons: number;
}

/** Indices of the k largest weights of a vector, heaviest first (ties: lower term id first). */
function topTermPositions(v: SparseVector, k: number): number[] {
  const before = (x: number, y: number) =>
    (v.weights[x] as number) > (v.weights[y] as number) || ((v.weights[x] as number) === (v.weights[y] as number) && (v.ids[x] as number) < (v.ids[y] as number));
  return topK(v.ids.length, k, before);
}

/** Undirected candidate edges (a < b), sorted, with their exact cosine; plus work counters. */
export function candidateEdges(vectors: readonly SparseVector[], o: CandidateOptions): { edges: Edge[]; stats: CandidateStats } {
  const tops = vectors.map((v) => topTermPositions(v, o.topTerms));
  const index = new CandidateIndex(vectors.length);
  tops.forEach((positions, doc) => {
    const v = vectors[doc] as SparseVector;
    for (const p of positions) index.add(doc, v.ids[p] as number, v.weights[p] as number);
  });
  // Keep the heaviest postings of a crowded term: the articles most about it are the ones worth meeting.
  index.keepHeaviest(o.maxPostings);

  const seen = new Set<number>();
  const edges: Edge[] = [];
  const n = vectors.length;
  let comparisons = 0;
  tops.forEach((positions, doc) => {
    const v = vectors[doc] as SparseVector;
    const terms = positions.map((p) => v.ids[p] as number);
    const weights = positions.map((p) => v.weights[p] as number);
    for (const other of index.candidates(terms, { weights, skip: (d) => d === doc, limit: o.maxCandidates })) {
      const a = Math.min(doc, other);
      const b = Math.max(doc, other);
      const key = a * n + b;
      if (seen.has(key)) continue;
      seen.add(key);
      comparisons++;
      const similarity = dot(v, vectors[other] as SparseVector);
      if (similarity >= o.minSimilarity) edges.push({ a, b, similarity });
    }
  });
  edges.sort((x, y) => x.a - y.a || x.b - y.b);
  return { edges, stats: { postingVisits: index.visits, comparisons } };
}
