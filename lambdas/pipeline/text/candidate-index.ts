/**
 * An inverted index that proposes candidates, so that no step compares all pairs: documents (articles, statement
 * units, yesterday's stories) are indexed under terms, a query looks up a few of its own terms, and the documents
 * met most often (or with the largest summed weight) are the candidates worth an exact comparison.
 *
 * Every caller that looks up terms uses this one index: story clustering (an article's heaviest terms, posting
 * lists capped to the heaviest entries), statement merging (each unit's rarest stems, over-common stems not looked
 * up), continuing stories and yesterday's statements. Results are deterministic: candidates come out by score, then
 * by document number; rare terms by document frequency, then by their text.
 *
 * One index serves one batch of documents (a day's articles, a story's units): its scratch table is sized for them
 * and reused by every query, so a query allocates nothing per document met.
 */
import { LocalIds } from './local-ids.js';

interface Posting {
  doc: number;
  weight: number;
}

export interface CandidateQuery {
  /** Weight of each query term (same order as the terms); 1 for each when omitted: scores are then counts. */
  weights?: ArrayLike<number>;
  /** Documents never proposed (the query's own document, one in the same article). */
  skip?: (doc: number) => boolean;
  /** A document needs at least this score to be a candidate (default: any document met). */
  minScore?: number;
  /** At most this many candidates, best first. */
  limit: number;
}

export class CandidateIndex {
  /** Term ids of string terms (`add(doc, index.terms.id(text))`); rare-term ties compare these texts. */
  readonly terms = new LocalIds();
  /** Posting entries visited by queries so far (work counter: tests show the cost stays linear). */
  visits = 0;
  private readonly postings: Posting[][] = [];
  private readonly scores: Float64Array;
  /** Query number + 1 of the query that last met each document: `met` then lists each document once. */
  private readonly metBy: Int32Array;
  private readonly met: number[] = [];
  private queries = 0;

  /** `documents`: how many documents will be added, numbered 0 to documents - 1. */
  constructor(documents: number) {
    this.scores = new Float64Array(documents);
    this.metBy = new Int32Array(documents);
  }

  /** Indexes `doc` under `term` with a weight. A document is added once per term, in ascending document order. */
  add(doc: number, term: number, weight = 1): void {
    const entry = { doc, weight };
    const list = this.postings[term];
    if (list) list.push(entry);
    else this.postings[term] = [entry];
  }

  /** Documents indexed under a term (its document frequency); 0 for a term never added. */
  frequency(term: number): number {
    return this.postings[term]?.length ?? 0;
  }

  /**
   * Keeps at most `max` entries per term, the heaviest (ties: lower document first): the documents most about a
   * crowded term are the ones worth meeting.
   */
  keepHeaviest(max: number): void {
    for (const list of this.postings) {
      if (!list || list.length <= max) continue;
      list.sort((x, y) => y.weight - x.weight || x.doc - y.doc);
      list.length = max;
    }
  }

  /**
   * The `limit` rarest of `terms` whose frequency lies in [min, max]: rarest first, ties by the terms' texts (string
   * terms only: numeric terms never tie-break here). A term only one document has proposes nobody (min 2).
   */
  rarest(terms: readonly number[], limit: number, min = 1, max = Infinity): number[] {
    const texts = this.terms.texts;
    return terms
      .filter((t) => {
        const f = this.frequency(t);
        return f >= min && f <= max;
      })
      .sort((a, b) => this.frequency(a) - this.frequency(b) || (texts[a]! < texts[b]! ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * Candidates for a query: every document indexed under the query's terms scores the sum of query weight x posting
   * weight over the terms they share; the best `limit` come back, highest score first, ties by lower document.
   * `terms` must be distinct.
   */
  candidates(terms: readonly number[], q: CandidateQuery): number[] {
    const { scores, metBy, met } = this;
    const stamp = ++this.queries;
    met.length = 0;
    for (let k = 0; k < terms.length; k++) {
      const list = this.postings[terms[k]!];
      if (!list) continue;
      const w = q.weights ? q.weights[k]! : 1;
      for (const entry of list) {
        this.visits++;
        if (q.skip?.(entry.doc)) continue;
        if (metBy[entry.doc] !== stamp) {
          metBy[entry.doc] = stamp;
          met.push(entry.doc);
          scores[entry.doc] = 0;
        }
        scores[entry.doc] = scores[entry.doc]! + w * entry.weight;
      }
    }
    const min = q.minScore;
    const before = (x: number, y: number): boolean => scores[x]! > scores[y]! || (scores[x] === scores[y] && x < y);
    const pool = min === undefined ? met : met.filter((d) => scores[d]! >= min);
    return topK(pool.length, q.limit, before, (i) => pool[i]!);
  }
}

/**
 * The k best of `count` items (`item(i)` for i = 0 .. count - 1) in order, best first, where `before(x, y)` is a
 * strict total order on items: a bounded insertion into a sorted list of k instead of sorting everything (a query
 * meets hundreds of documents, an article has hundreds of terms, and only the first few count).
 */
export function topK(count: number, k: number, before: (x: number, y: number) => boolean, item: (i: number) => number = (i) => i): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  for (let i = 0; i < count; i++) {
    const x = item(i);
    if (best.length === k && !before(x, best[k - 1]!)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(x, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = x;
  }
  return best;
}
