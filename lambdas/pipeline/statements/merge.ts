/**
 * Merging the same quote or claim across the articles of ONE story.
 *
 *   sentences -> attributed units (story-units.ts, units.ts) -> candidate pairs through an inverted index over
 *   rare stems (candidates.ts) -> the pair decision (match.ts: quotation rules, the paraphrase classifier, the same figure)
 *   -> groups by union-find with guards against chaining (grouping.ts) -> fragments folded into the quote they
 *   repeat (fragments.ts) -> each group's wording, speaker and outlets (group.ts).
 *
 * Cost stays linear in the story's sentences: only candidates are compared, and a unit has a bounded number of
 * them (DEFAULT_MERGE_PARAMS).
 */
import type { Sentence } from '../model.js';
import type { Quantity } from '../figures/quantities.js';
import { StatementComparer, type Comparison } from '../paraphrase/index.js';
import { PORTER, type Stemmer } from '../text/tokens.js';
import { UnitMatcher, type Compare } from './match.js';
import type { StatementUnit } from './units.js';
import { absorbFragments } from './fragments.js';
import type { UnitTextAnswers } from './unit-texts.js';
import { storyUnits } from './story-units.js';
import { candidatePairs, type CandidateParams } from './candidates.js';
import { groupUnits } from './grouping.js';
import { collapseIdentical, nearIdenticalPairs } from './redundancy.js';
import { sameFigurePairs } from './figure-candidates.js';
import { groupOf, type MergedGroup } from './group.js';
import { ECHO_SCORE } from './echo.generated.js';
import { unifySpeakers } from './speakers.js';

export type { MergedGroup };
export { representativeQuote } from './group.js';

export interface MergeParams extends CandidateParams {
  /** Members of each side compared before two groups join (at least half of the cross pairs must match). */
  crossPairSample: number;
  /**
   * Score of a compared, unmerged pair from which the two statements echo each other (MergedGroup.echoes): derived
   * from the paraphrase classifier by eval/derive-echo.ts (the score 98 % of MSRP train paraphrases reach).
   */
  echoScore: number;
}

/**
 * The merge's tunables. The lookup bounds keep a unit's work constant however large the story (a stem in more than
 * 50 units names the story, not a statement; eight rare stems find a restatement; ten candidates hold every
 * outlet's wording of it in practice), and four members a side bound the anti-chaining check.
 */
export const DEFAULT_MERGE_PARAMS: Readonly<MergeParams> = {
  maxPostings: 50,
  stemsPerUnit: 8,
  maxCandidates: 10,
  crossPairSample: 4,
  echoScore: ECHO_SCORE,
};

export interface MergeContext {
  /** Article ids in story order (variants and article lists follow it). Missing ids go last, by id. */
  articleOrder?: readonly string[];
  /** The pair decision; injectable so tests can count comparisons. Default: a fresh StatementComparer's storyComparer(). */
  compare?: Compare;
  /** Overrides of DEFAULT_MERGE_PARAMS. */
  params?: Partial<MergeParams>;
  /** How words become stems (default: the plain stemmer); the day's StemCache in a digest. */
  stems?: Stemmer;
  /**
   * The independent report an article belongs to (its original when it is a copy). Wording support counts
   * reports, so a wire story printed by three outlets is one witness of a quotation's words. Default: itself.
   */
  reportOf?: (articleId: string) => string;
  /** What is asked of each unit text (unit-texts.ts): the day's UnitTexts; default: answered afresh. */
  texts?: UnitTextAnswers;
  /** A text's figures (figures/quantities.ts): the day's QuantityReader; default: read afresh. */
  quantities?: (text: string) => readonly Quantity[];
}

/**
 * Candidate pairs of representatives: rare shared stems (candidates.ts), near-identical texts (redundancy.ts), and
 * texts stating the same specific figure (figure-candidates.ts: "The yard said 340 jobs would go" / "The company
 * has put the number of redundancies at 340" share no rare word).
 */
function candidates(reps: readonly StatementUnit[], p: MergeParams, stems: Stemmer, matcher: UnitMatcher): Array<[number, number]> {
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const figurePairs = sameFigurePairs(reps.map((r) => matcher.specificFigures(r)), p.maxCandidates);
  for (const [a, b] of [...candidatePairs(reps, p, stems), ...nearIdenticalPairs(reps.map((r) => r.text)), ...figurePairs]) {
    const key = a * reps.length + b;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([a, b]);
  }
  return out;
}

export function mergeStatements(sentences: readonly Sentence[], ctx: MergeContext = {}): MergedGroup[] {
  const p: MergeParams = { ...DEFAULT_MERGE_PARAMS, ...ctx.params };
  const orderIndex = new Map((ctx.articleOrder ?? []).map((id, i) => [id, i] as const));
  const order = (id: string): number => orderIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
  const compare = ctx.compare ?? new StatementComparer().storyComparer();
  const units = storyUnits(sentences, order, ctx.texts);
  // Redundancy first: one representative per distinct text, compared in place of all its copies.
  const { reps, members } = collapseIdentical(units, ctx.texts?.normalised);
  const stems = ctx.stems ?? PORTER;
  const matcher = new UnitMatcher(compare, stems, ctx.quantities);
  const memo = new Map<number, Comparison>();
  const match = (i: number, j: number): Comparison => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * reps.length + b;
    let r = memo.get(key);
    if (!r) {
      r = matcher.match(reps[a]!, reps[b]!);
      memo.set(key, r);
    }
    return r;
  };

  // Leads (each article's first statement) of one story tell its core fact, each outlet in its own words: two of
  // them that come as close as restatements do (the echo score) are that one fact, though not close enough to merge
  // two sentences picked anywhere.
  const lead = leadReps(units, members);
  const joins = (i: number, j: number): boolean => {
    const r = match(i, j);
    return r.duplicate || (lead[i]! && lead[j]! && r.score >= p.echoScore);
  };
  const compared = candidates(reps, p, stems, matcher).map(([a, b]) => ({ a, b, r: match(a, b) }));
  const edges = compared
    .filter((e) => joins(e.a, e.b))
    .map((e) => ({ ...e, repeat: e.r.duplicate && matcher.isSameSentence(reps[e.a]!, reps[e.b]!) }))
    .sort((x, y) => y.r.score - x.r.score || x.a - y.a || x.b - y.b);
  const articlesOf = (r: number): string[] => members[r]!.map((i) => units[i]!.article);
  const groups = groupUnits(reps.length, articlesOf, edges, joins, p.crossPairSample);
  const clusters = groups.map((g) => g.flatMap((r) => members[r]!).sort((x, y) => x - y).map((i) => units[i]!));

  const byStoryOrder = (x: StatementUnit, y: StatementUnit): number =>
    order(x.article) - order(y.article) || (x.article < y.article ? -1 : x.article > y.article ? 1 : 0) || x.index - y.index;
  const reportOf = ctx.reportOf ?? ((id: string) => id);
  const near = echoPartners(compared, p.echoScore);
  const repOf = new Map<StatementUnit, number>();
  members.forEach((m, r) => m.forEach((i) => repOf.set(units[i]!, r)));
  const merged = absorbFragments(clusters).map((us) => {
    const group = groupOf([...us].sort(byStoryOrder), reportOf);
    // Echoes only decide whether a statement of one report is "only in" it: a group several reports carry needs none.
    if (new Set(group.articles.map(reportOf)).size === 1) group.echoes = echoesOfGroup(us, repOf, near, members, units, order);
    return group;
  });
  unifySpeakers(merged);
  return merged;
}

/**
 * Per representative, the representatives it was compared with that scored at least `echoScore` without being
 * merged with it: their sentences came close (evidence the statement is not one outlet's alone, not enough to merge).
 */
function echoPartners(compared: ReadonlyArray<{ a: number; b: number; r: { duplicate: boolean; score: number } }>, echoScore: number): Map<number, number[]> {
  const near = new Map<number, number[]>();
  for (const { a, b, r } of compared) {
    if (r.duplicate || r.score < echoScore) continue;
    (near.get(a) ?? near.set(a, []).get(a)!).push(b);
    (near.get(b) ?? near.set(b, []).get(b)!).push(a);
  }
  return near;
}

/** The articles, outside the group, whose sentences came close to one of its units (MergedGroup.echoes), in story order. */
function echoesOfGroup(
  us: readonly StatementUnit[],
  repOf: ReadonlyMap<StatementUnit, number>,
  near: ReadonlyMap<number, readonly number[]>,
  members: readonly (readonly number[])[],
  units: readonly StatementUnit[],
  order: (id: string) => number,
): string[] {
  const own = new Set(us.map((u) => u.article));
  const partners = new Set<number>();
  for (const u of us) for (const q of near.get(repOf.get(u)!) ?? []) partners.add(q);
  const out = new Set<string>();
  for (const q of partners) for (const i of members[q]!) if (!own.has(units[i]!.article)) out.add(units[i]!.article);
  return [...out].sort((x, y) => order(x) - order(y));
}

/** Per representative: does it hold an article's first statement unit (its lead)? */
function leadReps(units: readonly StatementUnit[], members: readonly (readonly number[])[]): boolean[] {
  const first = new Map<string, number>();
  for (const u of units) first.set(u.article, Math.min(first.get(u.article) ?? Infinity, u.index));
  return members.map((m) => m.some((i) => units[i]!.index === first.get(units[i]!.article)));
}

