/**
 * A story's statements: sentences -> attributed units -> merged groups -> ranked Statement objects (model.ts).
 *
 * Two phases, because merging is the costly part and ranking is not: mergeStory once, then rankStory as often as
 * needed (again with the previous digest's statements for a continuing story; once per weight set when tuning).
 */
import type { Article, Sentence, Statement } from '../model.js';
import { sentencesOf } from '../text/sentences.js';
import type { Stemmer } from '../text/tokens.js';
import type { UnitTextAnswers } from './unit-texts.js';
import type { Quantity } from '../figures/quantities.js';
import type { Compare } from './match.js';
import { mergeStatements, type MergedGroup } from './merge.js';
import { rankStatements, type RankWeights } from './rank.js';
import { storyReports, type Reports } from './reports.js';

export interface MergeStoryOptions {
  /** The pair decision (default: a fresh StatementComparer's storyComparer()); the day's in a digest, injectable for tests. */
  compare?: Compare;
  /** How words become stems (default: the plain stemmer); the day's StemCache in a digest. */
  stems?: Stemmer;
  /** Key statements wanted; default from the story size. */
  keyCount?: number;
  /** How an article becomes sentences (default sentencesOf). */
  sentences?: (article: Article) => Sentence[];
  /** What is asked of each unit text: the day's UnitTexts (default: answered afresh; the same statements). */
  texts?: UnitTextAnswers;
  /** A text's figures: the day's QuantityReader (default: read afresh; the same statements). */
  quantities?: (text: string) => readonly Quantity[];
}

/** A story's merged statements, before ranking. */
export interface MergedStory {
  groups: MergedGroup[];
  reports: Reports;
  sourceOf: ReadonlyMap<string, string>;
}

export interface RankStoryOptions {
  keyCount?: number;
  /** How words become stems (default: the plain stemmer); the day's StemCache in a digest. */
  stems?: Stemmer;
  weights?: Partial<RankWeights>;
  /** Continuing story: true for a group the previous digest already carried. */
  isOld?: (group: MergedGroup) => boolean;
}

/** Merges the statements of ONE story; `copies` maps a copy's article id to its original's id. */
export function mergeStory(articles: readonly Article[], copies: ReadonlyMap<string, string> = new Map(), opts: MergeStoryOptions = {}): MergedStory {
  const split = opts.sentences ?? sentencesOf;
  const reports = storyReports(articles, copies);
  const groups = mergeStatements(
    articles.flatMap((a) => split(a)),
    {
      articleOrder: articles.map((a) => a.id),
      reportOf: reports.reportOf,
      ...(opts.compare ? { compare: opts.compare } : {}),
      ...(opts.stems ? { stems: opts.stems } : {}),
      ...(opts.texts ? { texts: opts.texts } : {}),
      ...(opts.quantities ? { quantities: opts.quantities } : {}),
    },
  );
  return { groups, reports, sourceOf: new Map(articles.map((a) => [a.id, a.source] as const)) };
}

/**
 * Who each unit's sentence is attributed to, as the merge's units say: for the figures of the same story
 * (figures/disputes.ts), so a figure's claimant is the speaker attribution resolved.
 */
export function unitSpeakers(story: MergedStory): (article: string, sentence: number) => string | null {
  const byArticle = new Map<string, Map<number, string>>();
  for (const g of story.groups) {
    for (const u of g.units) {
      if (!u.speaker) continue;
      let m = byArticle.get(u.article);
      if (!m) byArticle.set(u.article, (m = new Map()));
      m.set(u.index, u.speaker);
    }
  }
  return (article, sentence) => byArticle.get(article)?.get(sentence) ?? null;
}

/** Ranks a merged story into Statement objects, highest score first, `key` on the ones to show. */
export function rankStory(story: MergedStory, opts: RankStoryOptions = {}): Statement[] {
  const ranked = rankStatements(story.groups, {
    reports: story.reports,
    ...(opts.keyCount !== undefined ? { keyCount: opts.keyCount } : {}),
    ...(opts.weights ? { weights: opts.weights } : {}),
    ...(opts.isOld ? { isOld: opts.isOld } : {}),
    ...(opts.stems ? { stems: opts.stems } : {}),
  });
  return ranked.map(({ group, score, key, isNew }) => {
    const outlets = story.reports.independentOutlets(group.articles);
    return {
      text: group.text,
      kind: group.kind,
      speaker: group.speaker,
      ...(group.alsoCredited.length > 0 ? { alsoCredited: group.alsoCredited } : {}),
      articles: group.articles,
      variants: group.variants,
      sources: [...new Set(group.articles.map((id) => story.sourceOf.get(id) ?? id))],
      score,
      key,
      independent: outlets.length,
      wording: group.wording,
      // What this outlet alone adds: carried by one independent report (its copies elsewhere add nothing), and no
      // other report came close to saying it (an absence is claimed only on evidence of absence).
      onlyIn: outlets.length === 1 && story.reports.independentOutlets([...group.articles, ...(group.echoes ?? [])]).length === 1 ? outlets[0]! : null,
      ...(isNew !== undefined ? { isNew } : {}),
    };
  });
}

/**
 * Statements of ONE story, ranked (highest score first), `key` set on the ones to show.
 * `copies` maps a copy's article id to its original's id: copies add no corroboration.
 */
export function buildStatements(articles: readonly Article[], copies: ReadonlyMap<string, string> = new Map(), opts: MergeStoryOptions = {}): Statement[] {
  return rankStory(mergeStory(articles, copies, opts), opts.keyCount !== undefined ? { keyCount: opts.keyCount } : {});
}

/** The statement to open a story with: the best key quote with a speaker, else the best statement. */
export function leadStatement(statements: readonly Statement[]): Statement | null {
  return statements.find((s) => s.key && s.kind === 'quote' && s.speaker !== null) ?? statements[0] ?? null;
}

/** Sentences folded into a statement carried by another article (DigestStats.statementsMerged). */
export function mergedSentenceCount(statements: readonly Statement[]): number {
  return statements.reduce((n, s) => n + Math.max(0, s.variants.length - 1), 0);
}
