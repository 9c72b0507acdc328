/**
 * Ranking a story's merged statements, and choosing the key ones the email shows.
 *
 * relevance = corroboration (independent outlets carrying it: copies of one article count once, and several
 * articles of one outlet count once) + centrality (how much of the story's shared vocabulary it carries, a cosine
 * to the story centroid, linear in size) + position (reporters put what matters first) + a bonus for a quote with
 * a named speaker. The order is then MMR-style: each next statement pays a penalty for resembling one already
 * ranked above it, so the key statements say different things.
 */
import { contentStems } from '../text/tokens.js';
import type { Compare } from './match.js';
import type { MergedGroup } from './merge.js';

export interface RankOptions {
  /** Copy article id -> original article id (from near-duplicate detection). */
  copies?: ReadonlyMap<string, string>;
  /** Article id -> outlet. */
  sourceOf?: ReadonlyMap<string, string>;
  /** Unused by the ranking itself (novelty uses stem overlap); kept so callers can pass one options object. */
  compare?: Compare;
  /** Key statements wanted; default from the story size (keyCountFor). */
  keyCount?: number;
}

export interface RankedGroup {
  group: MergedGroup;
  score: number;
  key: boolean;
  /** Independent outlets carrying it. */
  independent: number;
}

/** MMR trade-off: 1 = relevance only. */
const LAMBDA = 0.75;
/** Statements re-scored against the whole ranked prefix; the rest only against these (bounds the comparisons). */
const MMR_DEPTH = 12;

/** Key statements per story: a two-article story gets 3, a story told by many outlets up to 6. */
export function keyCountFor(independentArticles: number): number {
  if (independentArticles <= 2) return 3;
  if (independentArticles <= 4) return 4;
  if (independentArticles <= 8) return 5;
  return 6;
}

/** The id an article counts as: its original when it is a copy, then its outlet. */
function independentKey(id: string, opts: RankOptions): string {
  let original = id;
  // Follow copy chains (a copy of a copy), bounded so a cyclic map cannot hang.
  for (let i = 0; i < 8; i++) {
    const next = opts.copies?.get(original);
    if (next === undefined || next === original) break;
    original = next;
  }
  return opts.sourceOf?.get(original) ?? opts.sourceOf?.get(id) ?? original;
}

export function independentCount(articles: readonly string[], opts: RankOptions): number {
  return new Set(articles.map((a) => independentKey(a, opts))).size;
}

export function rankStatements(groups: readonly MergedGroup[], opts: RankOptions = {}): RankedGroup[] {
  const storyOutlets = new Set(groups.flatMap((g) => g.articles.map((a) => independentKey(a, opts))));
  const n = Math.max(1, storyOutlets.size);

  // Story centroid: for each stem, the share of independent outlets whose statements use it.
  const outletsByStem = new Map<string, Set<string>>();
  const stemsOf = groups.map((g) => {
    const all = new Set<string>();
    for (const u of g.units) {
      const key = independentKey(u.article, opts);
      for (const s of new Set(contentStems(u.text))) {
        all.add(s);
        const set = outletsByStem.get(s) ?? new Set<string>();
        set.add(key);
        outletsByStem.set(s, set);
      }
    }
    return all;
  });
  const weight = (s: string): number => (outletsByStem.get(s)?.size ?? 0) / n;
  const centroidNorm = Math.sqrt([...outletsByStem.keys()].reduce((acc, s) => acc + weight(s) ** 2, 0));

  const scored = groups.map((g, i) => {
    const independent = independentCount(g.articles, opts);
    const corroboration = n > 1 ? Math.log(1 + independent) / Math.log(1 + n) : 1;
    const stems = [...stemsOf[i]!];
    // Cosine between the statement's (binary) stems and the centroid: shared-vocabulary statements are central.
    const dot = stems.reduce((acc, s) => acc + weight(s), 0);
    const centrality = stems.length && centroidNorm > 0 ? dot / (Math.sqrt(stems.length) * centroidNorm) : 0;
    const position = Math.max(...g.units.map((u) => 1 / (1 + u.index / 5)));
    const bonus = g.kind === 'quote' && g.speaker ? 0.15 : g.speaker ? 0.05 : 0;
    const relevance = 0.5 * corroboration + 0.2 * centrality + 0.15 * position + bonus;
    return { group: g, relevance, independent };
  });
  // Deterministic base order: relevance, then more articles, then story order of the first variant, then text.
  scored.sort(
    (a, b) =>
      b.relevance - a.relevance ||
      b.group.articles.length - a.group.articles.length ||
      firstPos(a.group) - firstPos(b.group) ||
      (a.group.text < b.group.text ? -1 : a.group.text > b.group.text ? 1 : 0),
  );

  const ranked: Array<{ s: (typeof scored)[number]; value: number }> = [];
  const remaining = [...scored];
  // Novelty needs topical overlap only, so the penalty uses content-stem Jaccard (cheap, cached per group)
  // rather than the paraphrase classifier.
  const stemSets = new Map(groups.map((g) => [g, new Set(contentStems(g.text))] as const));
  const penalty = (g: MergedGroup, against: readonly MergedGroup[]): number =>
    against.reduce((m, o) => Math.max(m, jaccard(stemSets.get(g)!, stemSets.get(o)!)), 0);
  while (remaining.length > 0 && ranked.length < MMR_DEPTH) {
    const prefix = ranked.map((r) => r.s.group);
    let best = 0;
    let bestValue = -Infinity;
    remaining.forEach((s, i) => {
      const v = LAMBDA * s.relevance - (1 - LAMBDA) * penalty(s.group, prefix);
      if (v > bestValue + 1e-12) {
        best = i;
        bestValue = v;
      }
    });
    ranked.push({ s: remaining[best]!, value: bestValue });
    remaining.splice(best, 1);
  }
  const head = ranked.map((r) => r.s.group);
  const tail = remaining
    .map((s) => ({ s, value: LAMBDA * s.relevance - (1 - LAMBDA) * penalty(s.group, head) }))
    .sort((a, b) => b.value - a.value);
  const all = [...ranked, ...tail];

  const keyCount = Math.min(all.length, opts.keyCount ?? keyCountFor(n));
  let prev = Infinity;
  return all.map((r, i) => {
    // Scores are shown sorted: clamp so a later pick never outscores an earlier one.
    const score = Math.round(Math.min(prev, r.value) * 10000) / 10000;
    prev = score;
    return { group: r.s.group, score, key: i < keyCount, independent: r.s.independent };
  });
}

function firstPos(g: MergedGroup): number {
  return Math.min(...g.units.map((u) => u.index));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}
