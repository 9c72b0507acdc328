/**
 * The digest's promise measured on a generated day: each statement once (no two statements of a story share a
 * sentence), every copy of a sentence in one statement (merge recall against the generator's truth), and no real
 * article skipped. Pure functions over a digest and a truth (bench/generator/truth.ts), linear in the day: the
 * near-identical check goes through MinHash + LSH, never all pairs.
 *
 * Texts are compared by their normalised words (normalisedWords: lower-cased word tokens joined by one space).
 * A statement's texts are its representative text and every variant's: a sentence printed by two statements of
 * one story, in whatever wording the digest shows, is a duplicate.
 */
import type { Digest, Statement } from '../lambdas/pipeline/model.js';
import { normalisedWords } from '../lambdas/pipeline/text/tokens.js';
import { createMinHasher, hashString32, jaccardSorted, wordShingleHashes } from '../lambdas/pipeline/text/minhash.js';
import { LshIndex } from '../lambdas/pipeline/text/lsh.js';
import type { ArticleKind, DayTruth, SentenceTruth } from './generator/truth.js';

/** Word-set Jaccard from which two texts are near-identical. */
export const NEAR_IDENTICAL = 0.9;
/** 32 hashes in 8 bands of 4 rows: pairs of Jaccard 0.9 become candidates with probability 0.9998, 0.6 with 0.5. */
const LSH = { bands: 8, rows: 4, maxBucketForAllPairs: 200 } as const;
const minHasher = createMinHasher(LSH.bands * LSH.rows, 0x0b3c5eed);

export interface DuplicateStatements {
  statements: number;
  /** Statements sharing a normalised text with another statement of their story. */
  identical: number;
  /**
   * Statements with a text of word-set Jaccard >= 0.9 to a text of another statement of their story, identical ones
   * included. A lower bound: candidates come from LSH (a bucket of more than 200 texts is chained, not paired).
   */
  near: number;
  /** The most statements one normalised text became within one story, and that text (cut at 120 characters). */
  largestSplit: number;
  largestSplitText: string | null;
}

/** The distinct normalised texts of a statement. */
function textsOf(st: Statement): Set<string> {
  const out = new Set<string>();
  for (const t of [st.text, ...st.variants.map((v) => v.text)]) {
    const n = normalisedWords(t);
    if (n !== '') out.add(n);
  }
  return out;
}

export function duplicateStatements(digest: Digest): DuplicateStatements {
  const r: DuplicateStatements = { statements: 0, identical: 0, near: 0, largestSplit: 0, largestSplitText: null };
  for (const story of digest.stories) {
    // Normalised text -> the statements (indices in the story) carrying it.
    const carriers = new Map<string, number[]>();
    story.statements.forEach((st, i) => {
      for (const t of textsOf(st)) {
        const list = carriers.get(t);
        if (list === undefined) carriers.set(t, [i]);
        else list.push(i);
      }
    });
    const identical = new Set<number>();
    for (const [t, list] of carriers) {
      if (list.length < 2) continue;
      for (const i of list) identical.add(i);
      if (list.length > r.largestSplit) (r.largestSplit = list.length), (r.largestSplitText = t.slice(0, 120));
    }
    const near = new Set(identical);
    for (const [a, b] of nearPairs([...carriers.keys()])) {
      const sa = carriers.get(a)!;
      const sb = carriers.get(b)!;
      for (const i of sa) if (sb.some((j) => j !== i)) near.add(i);
      for (const j of sb) if (sa.some((i) => i !== j)) near.add(j);
    }
    r.statements += story.statements.length;
    r.identical += identical.size;
    r.near += near.size;
  }
  return r;
}

/** Pairs of distinct texts with word-set Jaccard >= NEAR_IDENTICAL: LSH candidates, each verified exactly. */
function nearPairs(texts: readonly string[]): [string, string][] {
  if (texts.length < 2) return [];
  const sets = texts.map((t) => wordShingleHashes(t.split(' '), 1));
  const index = new LshIndex(LSH);
  sets.forEach((s, i) => index.add(i, minHasher.signatureOfHashes(s)));
  const out: [string, string][] = [];
  for (const [i, j] of index.candidatePairs()) if (jaccardSorted(sets[i]!, sets[j]!) >= NEAR_IDENTICAL) out.push([texts[i]!, texts[j]!]);
  return out;
}

export interface MergeRecall {
  /**
   * Per source sentence of a story carried by two or more articles: the share of its occurrences (articles whose
   * sentence matched a digest variant) in the statement holding most of them, over verbatim and reworded
   * occurrences apart. Null when there is none of that kind.
   */
  verbatim: number | null;
  reworded: number | null;
  verbatimOccurrences: number;
  rewordedOccurrences: number;
  /** Source sentences carried by two or more articles (matched), the ones the recall is over. */
  repeatedSources: number;
  /** Sentences the generator emitted (distinct per article) and how many of them a digest variant matched. */
  sentences: number;
  matched: number;
  /** Digest variants matching no emitted sentence (boilerplate kept, sentences re-split or joined differently). */
  variantsUnmatched: number;
}

export function mergeRecall(digest: Digest, truth: DayTruth): MergeRecall {
  // Per article: sentence hash -> its truth (first of equal ones), built on first use.
  const byHash = new Map<string, Map<number, SentenceTruth>>();
  const sentencesOf = (article: string): Map<number, SentenceTruth> | null => {
    let m = byHash.get(article);
    if (m === undefined) {
      const t = truth.get(article);
      if (t === undefined) return null;
      m = new Map();
      for (const s of t.sentences) if (!m.has(s.hash)) m.set(s.hash, s);
      byHash.set(article, m);
    }
    return m;
  };
  // Source id -> statement (index over the day) -> [verbatim, reworded] occurrences.
  const occurrences = new Map<number, Map<number, [number, number]>>();
  const seen = new Set<string>();
  let variantsUnmatched = 0;
  let matched = 0;
  let statement = 0;
  for (const story of digest.stories) {
    for (const st of story.statements) {
      for (const v of st.variants) {
        const s = sentencesOf(v.article)?.get(hashString32(normalisedWords(v.text)));
        if (s === undefined) {
          variantsUnmatched++;
          continue;
        }
        const key = `${v.article}\u0000${s.hash}`;
        if (seen.has(key)) continue;
        seen.add(key);
        matched++;
        // One occurrence per article and source: an article repeating a sentence carries it once.
        const occKey = `${v.article}\u0000#${s.source}`;
        if (seen.has(occKey)) continue;
        seen.add(occKey);
        let per = occurrences.get(s.source);
        if (per === undefined) occurrences.set(s.source, (per = new Map()));
        const counts = per.get(statement) ?? [0, 0];
        counts[s.verbatim ? 0 : 1]++;
        per.set(statement, counts);
      }
      statement++;
    }
  }
  const hits = [0, 0];
  const totals = [0, 0];
  let repeatedSources = 0;
  for (const per of occurrences.values()) {
    let all = 0;
    let best: [number, number] = [0, 0];
    for (const c of per.values()) {
      all += c[0] + c[1];
      if (c[0] + c[1] > best[0] + best[1]) best = c;
    }
    if (all < 2) continue;
    repeatedSources++;
    for (const k of [0, 1]) {
      hits[k]! += best[k]!;
      for (const c of per.values()) totals[k]! += c[k]!;
    }
  }
  let sentences = 0;
  for (const t of truth.values()) sentences += new Set(t.sentences.map((s) => s.hash)).size;
  return {
    verbatim: totals[0] ? hits[0]! / totals[0] : null,
    reworded: totals[1] ? hits[1]! / totals[1] : null,
    verbatimOccurrences: totals[0]!,
    rewordedOccurrences: totals[1]!,
    repeatedSources,
    sentences,
    matched,
    variantsUnmatched,
  };
}

export interface SkipCheck {
  skipped: number;
  /** Skipped files the truth lists: real articles, which must never be skipped. */
  real: number;
  /** The real ones by how the generator made them (flash, brief, ...). */
  realByKind: Partial<Record<ArticleKind, number>>;
  /** A few of the real ones, with the reader's reason. */
  sample: { id: string; kind: ArticleKind; reason: string }[];
}

export function skipCheck(digest: Digest, truth: DayTruth): SkipCheck {
  const r: SkipCheck = { skipped: digest.stats.skipped.length, real: 0, realByKind: {}, sample: [] };
  for (const s of digest.stats.skipped) {
    const t = truth.get(s.id);
    if (t === undefined) continue;
    r.real++;
    r.realByKind[t.kind] = (r.realByKind[t.kind] ?? 0) + 1;
    if (r.sample.length < 5) r.sample.push({ id: s.id, kind: t.kind, reason: s.reason });
  }
  return r;
}

/** Article id -> true story: what B-cubed scores against. */
export function storiesOf(truth: DayTruth): Map<string, string> {
  return new Map([...truth].map(([id, t]) => [id, t.story] as const));
}
