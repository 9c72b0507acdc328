/**
 * buildDigest, stage by stage, with a clock around each stage. It calls the pipeline's own exported functions
 * in the order buildDigest calls them (lambdas/pipeline/index.ts), without a previous digest, so the stage
 * times add up to what buildDigest spends. The bench checks that this replica's digest equals buildDigest's;
 * when the pipeline changes and they drift apart, it says so instead of printing wrong stage times.
 */
import { performance } from 'node:perf_hooks';
import type { Article, Digest, Sentence, Story } from '../lambdas/pipeline/model.js';
import { sentencesOf } from '../lambdas/pipeline/text/sentences.js';
import { unifyOutlets } from '../lambdas/pipeline/outlets.js';
import { clusterStories, DayShingles, findCopies, storyTitle } from '../lambdas/pipeline/stories/index.js';
import { mergeStory, rankStory, unitSpeakers, type MergedStory } from '../lambdas/pipeline/statements/build.js';
import { DEFAULT_DISPUTE_PARAMS, findFigureDisputes, statesDisputedValue } from '../lambdas/pipeline/figures/disputes.js';
import { fnv1a } from '../lambdas/pipeline/hash.js';
import { completeGroups, compareStories, storyArticlesOf } from '../lambdas/pipeline/index.js';
import { DayContext } from '../lambdas/pipeline/day-context.js';

export const STAGES = ['outlets', 'copies', 'cluster', 'statements', 'figures', 'order'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

/** Wall time (`ms`) and CPU time of this process (`cpuMs`, user + system: robust on a loaded machine) per stage. */
export function stagedDigest(input: readonly Article[], date: string): { digest: Digest; ms: StageTimes; cpuMs: StageTimes } {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
  const cpuMs = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
  const timed = <T>(stage: Stage, fn: () => T): T => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    try {
      return fn();
    } finally {
      ms[stage] += performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpuMs[stage] += (c.user + c.system) / 1000;
    }
  };

  const articles = timed('outlets', () => unifyOutlets(input));
  const byId = new Map(articles.map((a) => [a.id, a] as const));
  // The shingles are hashed for both checks of shared wording; the copies stage carries that cost, as it did.
  const shingles = timed('copies', () => new DayShingles(articles));
  const copies = timed('copies', () => findCopies([...articles], shingles));
  const context = new DayContext();
  const { stems } = context;
  const groups = timed('cluster', () => completeGroups(clusterStories([...articles], stems, shingles), articles));

  const stories: Story[] = groups.map((ids) => {
    const members = ids.map((id) => byId.get(id) as Article);
    const { merged, sentencesByArticle } = timed('statements', () => {
      const sentencesByArticle = new Map<string, Sentence[]>(members.map((a) => [a.id, sentencesOf(a)] as const));
      const merged: MergedStory = mergeStory(members, copies, {
        sentences: (a) => sentencesByArticle.get(a.id) ?? sentencesOf(a),
        compare: context.comparer.storyComparer(),
        stems,
      });
      return { merged, sentencesByArticle };
    });
    const figures = timed('figures', () => findFigureDisputes(members, sentencesByArticle, DEFAULT_DISPUTE_PARAMS, stems, unitSpeakers(merged)));
    const story = timed('statements', () => ({
      title: storyTitle(members, stems, statesDisputedValue(figures)),
      articles: storyArticlesOf(members, merged),
      statements: rankStory(merged, { stems }),
    }));
    return {
      id: fnv1a(members.map((a) => a.id).join('\n')),
      title: story.title,
      articles: story.articles,
      statements: story.statements,
      figures,
      outlets: merged.reports.independentOutlets(members.map((a) => a.id)).length,
      continues: null,
    };
  });
  timed('order', () => stories.sort(compareStories(byId)));

  let statementsMerged = 0;
  for (const story of stories) for (const s of story.statements) statementsMerged += s.variants.length - 1;
  const digest: Digest = {
    schemaVersion: 1,
    date,
    stats: { articles: articles.length, stories: stories.length, outlets: new Set(articles.map((a) => a.source)).size, statementsMerged, skipped: [] },
    stories,
  };
  return { digest, ms, cpuMs };
}
