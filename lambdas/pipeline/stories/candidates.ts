/**
 * Candidate neighbours for story clustering without an all-pairs step. Each article is indexed under its few
 * top-weighted terms only, and each posting list keeps at most `maxPostings` articles (those weighing the term
 * most), so one article meets at most topTerms x maxPostings others, whatever the size of the day. Only the best
 * `maxCandidates` of those, by the overlap of their top terms, get an exact cosine.
 */
import { dot, type SparseVector } from './vectors.js';

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

interface Posting {
  doc: number;
  weight: number;
}

/** Indices of the k largest weights of a vector, heaviest first (ties: lower term id first). */
function topTermPositions(v: SparseVector, k: number): number[] {
  const before = (x: number, y: number) =>
    (v.weights[x] as number) > (v.weights[y] as number) || ((v.weights[x] as number) === (v.weights[y] as number) && (v.ids[x] as number) < (v.ids[y] as number));
  return topK(v.ids.length, k, before);
}

/**
 * The k best of items 0..n-1 in order, best first, where `before(x, y)` is a strict total order: a bounded
 * insertion into a sorted list of k instead of sorting all n (an article has hundreds of terms and candidates,
 * and only the first few count).
 */
function topK(n: number, k: number, before: (x: number, y: number) => boolean): number[] {
  const best: number[] = [];
  for (let i = 0; i < n; i++) {
    if (best.length === k && !before(i, best[k - 1] as number)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(i, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = i;
  }
  return best;
}

/** Undirected candidate edges (a < b), sorted, with their exact cosine; plus work counters. */
export function candidateEdges(vectors: readonly SparseVector[], o: CandidateOptions): { edges: Edge[]; stats: CandidateStats } {
  const stats: CandidateStats = { postingVisits: 0, comparisons: 0 };
  const tops = vectors.map((v) => topTermPositions(v, o.topTerms));
  const postings = new Map<number, Posting[]>();
  tops.forEach((positions, doc) => {
    const v = vectors[doc] as SparseVector;
    for (const p of positions) {
      const term = v.ids[p] as number;
      const list = postings.get(term);
      const entry = { doc, weight: v.weights[p] as number };
      if (list) list.push(entry);
      else postings.set(term, [entry]);
    }
  });
  // Keep the heaviest postings of a crowded term: the articles most about it are the ones worth meeting.
  for (const list of postings.values()) {
    if (list.length > o.maxPostings) {
      list.sort((x, y) => y.weight - x.weight || x.doc - y.doc);
      list.length = o.maxPostings;
    }
  }

  const seen = new Set<number>();
  const edges: Edge[] = [];
  const n = vectors.length;
  // Overlap per other article, in a day-sized scratch array cleared after each article; `met` keeps the order
  // in which the others were first met, so ties resolve as before.
  const overlap = new Float64Array(n);
  const metBy = new Int32Array(n); // doc + 1 of the article that last met this one
  const met: number[] = [];
  tops.forEach((positions, doc) => {
    const v = vectors[doc] as SparseVector;
    met.length = 0;
    for (const p of positions) {
      const list = postings.get(v.ids[p] as number);
      if (!list) continue;
      const w = v.weights[p] as number;
      for (const entry of list) {
        stats.postingVisits++;
        if (entry.doc === doc) continue;
        if (metBy[entry.doc] !== doc + 1) {
          metBy[entry.doc] = doc + 1;
          met.push(entry.doc);
        }
        overlap[entry.doc] = (overlap[entry.doc] as number) + w * entry.weight;
      }
    }
    const best = topK(met.length, o.maxCandidates, (x, y) => {
      const dx = met[x] as number;
      const dy = met[y] as number;
      return (overlap[dx] as number) > (overlap[dy] as number) || (overlap[dx] === overlap[dy] && dx < dy);
    }).map((i) => met[i] as number);
    for (const other of met) overlap[other] = 0;
    for (const other of best) {
      const a = Math.min(doc, other);
      const b = Math.max(doc, other);
      const key = a * n + b;
      if (seen.has(key)) continue;
      seen.add(key);
      stats.comparisons++;
      const similarity = dot(v, vectors[other] as SparseVector);
      if (similarity >= o.minSimilarity) edges.push({ a, b, similarity });
    }
  });
  edges.sort((x, y) => x.a - y.a || x.b - y.b);
  return { edges, stats };
}
