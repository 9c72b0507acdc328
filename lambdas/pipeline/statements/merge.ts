/**
 * Merging the same quote or claim across the articles of ONE story.
 *
 * Cost stays linear in the story's sentences: an inverted index over content stems proposes candidates (each unit
 * looks up only its rarest stems, and stems carried by too many units are not looked up at all), and only
 * candidates are compared. Groups grow by union-find over matching candidate pairs, best pairs first, with two
 * guards against chaining (A~B, B~C, but A≁C): a group holds at most one unit per article, and two groups join
 * only when at least half of the compared cross pairs (a bounded sample) match.
 */
import type { Sentence, StatementKind, StatementVariant } from '../model.js';
import { StatementComparer } from '../paraphrase/index.js';
import { contentStems, words } from '../text/tokens.js';
import { LocalIds } from '../text/local-ids.js';
import { matchUnits, speakerKey, type Compare } from './match.js';
import { isStatement, unitsOfArticle, type StatementUnit } from './units.js';
import { closestToOriginal, medoidIndex, quoteWording, type QuotedWording } from './wording.js';
import { absorbFragments } from './fragments.js';

export interface MergeContext {
  /** Article ids in story order (variants and article lists follow it). Missing ids go last, by id. */
  articleOrder?: readonly string[];
  /** The pair decision; injectable so tests can count comparisons. Default: a fresh StatementComparer's storyComparer(). */
  compare?: Compare;
  /** Stems carried by more units than this are not looked up (they propose everything). Default 50. */
  maxPostings?: number;
  /** Rarest stems looked up per unit. Default 8. */
  stemsPerUnit?: number;
  /** Candidates compared per unit. Default 10. */
  maxCandidates?: number;
  /**
   * The independent report an article belongs to (its original when it is a copy). Wording support counts
   * reports, so a wire story printed by three outlets is one witness of a quotation's words. Default: itself.
   */
  reportOf?: (articleId: string) => string;
}

export interface MergedGroup {
  /** Representative wording: for quotes, the quotation closest to the original; for claims, the most central sentence. */
  text: string;
  kind: StatementKind;
  speaker: string | null;
  /** Article ids carrying it, in story order. */
  articles: string[];
  /**
   * One wording per article, in story order; an article may add a second one when a later sentence of it repeats
   * words of the same quotation (see absorbFragments).
   */
  variants: StatementVariant[];
  units: StatementUnit[];
  /** For a quote carried by several articles: do their quoted words match ('verbatim') or not ('paraphrase')? */
  wording: 'verbatim' | 'paraphrase' | null;
}

/** Splits sentences by article, builds attributed units and keeps the statements. */
function storyUnits(sentences: readonly Sentence[], order: (id: string) => number): StatementUnit[] {
  const byArticle = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byArticle.get(s.article) ?? [];
    list.push(s);
    byArticle.set(s.article, list);
  }
  const ids = [...byArticle.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  // A wire story republished verbatim has its original's sentences, and attribution reads nothing else (the
  // article id is only stamped on the units): its units are the original's, for the other article.
  // Articles are bucketed by sentence count and first sentence; only within a bucket are sentences compared.
  const byOpening = new Map<string, Array<{ sentences: readonly Sentence[]; units: StatementUnit[] }>>();
  return ids.flatMap((id) => {
    const own = byArticle.get(id)!;
    const opening = `${own.length}:${own[0]?.text ?? ''}`;
    const bucket = byOpening.get(opening);
    const known = bucket?.find((b) => sameSentences(b.sentences, own));
    if (known) return known.units.map((u) => ({ ...u, fragments: [...u.fragments], article: id }));
    const units = unitsOfArticle(id, own).filter(isStatement);
    if (bucket) bucket.push({ sentences: own, units });
    else byOpening.set(opening, [{ sentences: own, units }]);
    return units;
  });
}

/** Same sentences in the same order (what unitsOfArticle reads of them: index, paragraph, text). */
function sameSentences(a: readonly Sentence[], b: readonly Sentence[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.index !== y.index || x.paragraph !== y.paragraph || x.text !== y.text) return false;
  }
  return true;
}

/** Candidate pairs (i < j, different articles) through an inverted index over content stems. */
function candidatePairs(units: readonly StatementUnit[], ctx: Required<Pick<MergeContext, 'maxPostings' | 'stemsPerUnit' | 'maxCandidates'>>): Array<[number, number]> {
  // Stems as story-local ids (the strings are kept for tie-breaks): postings, document frequencies and the
  // per-unit counts are then arrays, not Maps keyed by strings.
  const localIds = new LocalIds();
  const stemText = localIds.texts;
  const idsOf = (text: string): number[] => {
    const out: number[] = [];
    for (const st of contentStems(text)) {
      const id = localIds.id(st);
      if (!out.includes(id)) out.push(id);
    }
    return out;
  };
  const stems = units.map((u) => ({ all: idsOf(u.text), quote: u.quote ? idsOf(u.quote) : [] }));
  const postings: number[][] = [];
  const lastUnit: number[] = [];
  stems.forEach((s, i) => {
    for (const list of [s.all, s.quote]) {
      for (const st of list) {
        if (lastUnit[st] === i) continue;
        lastUnit[st] = i;
        (postings[st] ??= []).push(i);
      }
    }
  });
  const df = (st: number): number => postings[st]!.length;
  // Rarest first, skipping stems only this unit has (no partner) and stems too common to discriminate.
  const rarest = (list: number[]): number[] =>
    list
      .filter((st) => df(st) >= 2 && df(st) <= ctx.maxPostings)
      .sort((a, b) => df(a) - df(b) || (stemText[a]! < stemText[b]! ? -1 : 1))
      .slice(0, ctx.stemsPerUnit);
  const pairs = new Set<number>();
  const out: Array<[number, number]> = [];
  // Shared-stem counts per partner unit, with the partners touched so far (reset after each unit).
  const counts = new Int32Array(units.length);
  const touched: number[] = [];
  const looked = new Int32Array(stemText.length).fill(-1);
  stems.forEach((s, i) => {
    const article = units[i]!.article;
    // The quote's own stems are looked up too: a short quote inside a long narrated sentence still finds its twins.
    for (const st of [...rarest(s.quote), ...rarest(s.all)]) {
      if (looked[st] === i) continue;
      looked[st] = i;
      for (const j of postings[st]!) {
        if (j === i || units[j]!.article === article) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j]!++;
      }
    }
    // One shared word is chance ("Ukraine"); a restatement shares at least two of its rarer words.
    const best = touched
      .filter((j) => counts[j]! >= 2)
      .sort((x, y) => counts[y]! - counts[x]! || x - y)
      .slice(0, ctx.maxCandidates);
    for (const j of touched) counts[j] = 0;
    touched.length = 0;
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

export function mergeStatements(sentences: readonly Sentence[], ctx: MergeContext = {}): MergedGroup[] {
  const orderIndex = new Map((ctx.articleOrder ?? []).map((id, i) => [id, i] as const));
  const order = (id: string): number => orderIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
  const compare = ctx.compare ?? new StatementComparer().storyComparer();
  const units = storyUnits(sentences, order);
  const memo = new Map<number, { duplicate: boolean; score: number }>();
  const match = (i: number, j: number): { duplicate: boolean; score: number } => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * units.length + b;
    let r = memo.get(key);
    if (!r) {
      r = matchUnits(units[a]!, units[b]!, compare);
      memo.set(key, r);
    }
    return r;
  };

  const edges = candidatePairs(units, {
    maxPostings: ctx.maxPostings ?? 50,
    stemsPerUnit: ctx.stemsPerUnit ?? 8,
    maxCandidates: ctx.maxCandidates ?? 10,
  })
    .map(([a, b]) => ({ a, b, r: match(a, b) }))
    .filter((e) => e.r.duplicate)
    .sort((x, y) => y.r.score - x.r.score || x.a - y.a || x.b - y.b);

  // Union-find over units, each root keeping its member list.
  const parent = units.map((_, i) => i);
  const members = units.map((_, i) => [i]);
  // Articles of each root's group, kept with the group: testing "one unit per article" must not rebuild a set of
  // the whole group per candidate edge (quadratic in a large story's largest group).
  const articleSets = units.map((u) => new Set([u.article]));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const SAMPLE = 4;
  for (const { a, b } of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members[ra]!;
    const mb = members[rb]!;
    const articlesA = articleSets[ra]!;
    if (mb.some((i) => articlesA.has(units[i]!.article))) continue;
    if (ma.length > 1 || mb.length > 1) {
      let ok = 0;
      let n = 0;
      for (const x of ma.slice(0, SAMPLE)) for (const y of mb.slice(0, SAMPLE)) {
        n++;
        if (match(x, y).duplicate) ok++;
      }
      if (ok * 2 < n) continue;
    }
    const [root, child] = ma.length >= mb.length ? [ra, rb] : [rb, ra];
    parent[child] = root;
    members[root] = mergeSorted(members[root]!, members[child]!);
    members[child] = [];
    for (const art of articleSets[child]!) articleSets[root]!.add(art);
    articleSets[child]!.clear();
  }

  const clusters: StatementUnit[][] = [];
  units.forEach((_, i) => {
    if (find(i) !== i) return;
    clusters.push(members[i]!.map((k) => units[k]!));
  });
  const byStoryOrder = (x: StatementUnit, y: StatementUnit): number =>
    order(x.article) - order(y.article) || (x.article < y.article ? -1 : x.article > y.article ? 1 : 0) || x.index - y.index;
  const reportOf = ctx.reportOf ?? ((id: string) => id);
  return absorbFragments(clusters).map((us) => groupOf([...us].sort(byStoryOrder), reportOf));
}

/** Two ascending index lists as one ascending list (what sorting their concatenation gives, in linear time). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Builds a group's representative text, kind, speaker and wording from its units. */
function groupOf(us: StatementUnit[], reportOf: (articleId: string) => string): MergedGroup {
  // Fragment sentences absorbed into a quote (kind 'claim', a few quoted words) are witnesses of its wording too.
  const quoted = us.filter((u) => u.quote && words(u.quote).length > 0);
  const kind: StatementKind = us.some((u) => u.kind === 'quote' && u.quote) ? 'quote' : 'claim';
  const wordings = quoted.map((u) => ({ report: reportOf(u.article), quote: u.quote!, fragments: u.fragments }));
  const fullQuotes = wordings.filter((_, i) => quoted[i]!.kind === 'quote');
  const text = kind === 'quote' ? tidyQuote(closestToOriginal(fullQuotes).quote) : medoid(us.map((u) => u.text));
  const articles = [...new Set(us.map((u) => u.article))];
  return {
    text,
    kind,
    speaker: groupSpeaker(us),
    articles,
    variants: us.map((u) => ({ article: u.article, text: u.text })),
    units: us,
    // An outlet that reports the statement without quoting it has reworded it.
    wording: kind !== 'quote' || articles.length < 2 ? null : quoted.length < us.length ? 'paraphrase' : quoteWording(wordings),
  };
}

/**
 * The quotation closest to the original among plain quotations (no report information: each is its own
 * report). See closestToOriginal.
 */
export function representativeQuote(quotes: readonly string[]): string {
  const wordings: QuotedWording[] = quotes.map((quote, i) => ({ report: String(i), quote, fragments: [] }));
  return closestToOriginal(wordings).quote;
}

/** The most central text (see medoidIndex); '' for none. */
function medoid(texts: readonly string[]): string {
  return texts[medoidIndex(texts)] ?? '';
}

/** The speaker most units name (by last name), in its longest form. */
function groupSpeaker(us: readonly StatementUnit[]): string | null {
  const named = us.map((u) => u.speaker).filter((s): s is string => s !== null);
  // sameSpeaker is "same last name": bucket the names by it once instead of comparing every pair (a quote carried
  // by hundreds of outlets would cost hundreds of thousands of tokenisations). Buckets keep the names' order.
  const buckets = new Map<string, string[]>();
  const keys = named.map(speakerKey);
  named.forEach((s, i) => {
    const key = keys[i];
    if (key === undefined) return;
    const list = buckets.get(key);
    if (list) list.push(s);
    else buckets.set(key, [s]);
  });
  let best: string | null = null;
  let bestCount = 0;
  for (const key of keys) {
    const same = key === undefined ? undefined : buckets.get(key);
    if (!same || same.length <= bestCount) continue;
    best = same.reduce((x, y) => (y.length > x.length ? y : x));
    bestCount = same.length;
  }
  return best;
}

/** A quotation cut before "he said" ends in a comma; shown alone it ends as a sentence. */
function tidyQuote(q: string): string {
  const t = q.replace(/[\s,;:–—-]+$/u, '');
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
}
