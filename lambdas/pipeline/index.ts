/**
 * buildDigest: the whole pure pipeline, from a day's articles to digest.json.
 *
 *   articles -> stories (stories/) -> per story: statements merged across outlets, quotes and speakers,
 *   ranked key statements (statements/) and figures in dispute (figures/) -> continuing stories marked against
 *   the previous digest (continuing.ts) -> ordered stories -> Digest
 *
 * No I/O, no clock: the same input gives the same digest, which is what lets the CLI, the Lambda, the tests
 * and the eval all run this one function.
 */
import type { Article, Digest, PlanningInput, Sentence, Skipped, Story, StoryArticle } from './model.js';
import { clusterStories, DayShingles, findCopies, storyTitle } from './stories/index.js';
import { mergeStory, rankStory, unitSpeakers, type MergedStory } from './statements/build.js';
import { indexPreviousDigest, previousStatements, type ContinuationIndex } from './continuing.js';
import type { Continuity } from './continuity.js';
import { DEFAULT_DISPUTE_PARAMS, findFigureDisputes, statesDisputedValue } from './figures/disputes.js';
import { fnv1a } from './hash.js';
import { unifyOutlets } from './outlets.js';
import { DayContext } from './day-context.js';

export interface DigestOptions {
  /** The day the digest covers, YYYY-MM-DD. */
  date: string;
  /** Inputs that never became articles, carried into stats.skipped. */
  skipped?: Skipped[];
  /** The previous digest: stories that continue one of its stories are marked and lead with what is new. */
  previous?: Continuity;
  /** Sentences already split (sidecars written at ingest), each equal to sentencesOf(article); undefined: split here. */
  sentences?: (article: Article) => Sentence[] | undefined;
  /** What planning reads of an article, computed where it was read (planning-input.ts); undefined: computed here. */
  planning?: (article: Article) => PlanningInput | undefined;
}

export function buildDigest(input: readonly Article[], options: DigestOptions): Digest {
  const context = new DayContext();
  const plan = planStories(input, context, options.planning);
  const continuation = options.previous ? indexPreviousDigest(options.previous, context) : null;
  const stories = plan.groups.map((ids) =>
    buildStory(membersOf(plan, ids), { copies: plan.copies, continuation, context, ...(options.sentences ? { sentences: options.sentences } : {}) }),
  );
  return finishDigest(plan, stories, options);
}

/**
 * buildDigest in three phases, so a driver can build the stories elsewhere (lambdas/parallel/ builds them on
 * worker threads): planStories (day-wide: outlets, copies, clustering), buildStory per group (independent of every
 * other story), finishDigest (order and stats). Calling them in this order is buildDigest.
 */
export interface StoryPlan {
  /** The day's articles, outlets unified: what every later phase reads. */
  articles: Article[];
  byId: Map<string, Article>;
  /** A copy's article id -> its original's id, for the whole day. */
  copies: Map<string, string>;
  /** Article ids per story: every article in exactly one group. */
  groups: string[][];
}

export function planStories(input: readonly Article[], context: DayContext = new DayContext(), planning?: DigestOptions['planning']): StoryPlan {
  // Inputs computed where the articles were read (parse workers), in input order: the same plan, less work here.
  // Otherwise computed here, through the day's memo of each line's share.
  const inputs = input.map((a) => planning?.(a) ?? context.planning.of(a));
  const articles = unifyOutlets(input);
  const byId = new Map(articles.map((a) => [a.id, a] as const));
  // The day's shingles serve both checks of shared wording: wire copies and versions of one report.
  const shingles = new DayShingles(articles, inputs);
  const copies = findCopies([...articles], shingles);
  const groups = completeGroups(clusterStories([...articles], context.stems, shingles, inputs), articles);
  return { articles, byId, copies, groups };
}

export function membersOf(plan: StoryPlan, ids: readonly string[]): Article[] {
  return ids.map((id) => plan.byId.get(id) as Article);
}

/** `stories`: one per group, in the groups' order (compareStories orders them; ties, if any, keep that order). */
export function finishDigest(plan: StoryPlan, stories: Story[], options: DigestOptions): Digest {
  const { articles, byId } = plan;
  stories.sort(compareStories(byId));

  const sources = new Set(articles.map((a) => a.source));
  let statementsMerged = 0;
  for (const story of stories) for (const s of story.statements) statementsMerged += s.variants.length - 1;

  return {
    schemaVersion: 1,
    date: options.date,
    stats: {
      articles: articles.length,
      stories: stories.length,
      outlets: sources.size,
      statementsMerged,
      skipped: [...(options.skipped ?? [])],
    },
    stories,
  };
}

/** How a story lists its articles in digest.json, copies pointing at their original. */
export function storyArticlesOf(members: readonly Article[], merged: MergedStory): StoryArticle[] {
  return members.map((a) => ({
    id: a.id,
    source: a.source,
    title: a.title ?? null,
    url: a.url ?? null,
    copyOf: merged.reports.copyOf(a.id),
    publishedAt: a.publishedAt ?? null,
  }));
}

/** What buildStory reads besides the story's own articles. */
export interface StoryOptions {
  /** A copy's article id -> its original's id: the day's map, or just its entries for the members. */
  copies: ReadonlyMap<string, string>;
  /** The previous digest's stories, indexed: a story that continues one is marked and leads with what is new. */
  continuation?: ContinuationIndex | null;
  /** Sentences already split (sidecars), each equal to sentencesOf(article); undefined: split here. */
  sentences?: DigestOptions['sentences'];
  /** The day's caches (a fresh one when none is given; the story is the same either way). */
  context?: DayContext;
}

/**
 * One story from its member articles. It reads only its members, the copy map's entries for them and the previous
 * digest's index, so stories can be built in any order or in parallel.
 */
export function buildStory(members: Article[], options: StoryOptions): Story {
  const { copies, continuation = null, sentences: split } = options;
  const context = options.context ?? new DayContext();
  const stems = context.stems;
  // Split once: merging and the figures read the same sentences (splitting is a large share of a story's cost).
  const sentencesByArticle = new Map<string, Sentence[]>(members.map((a) => [a.id, split?.(a) ?? context.sentences.of(a)] as const));
  const merged = mergeStory(members, copies, {
    sentences: (a) => sentencesByArticle.get(a.id) ?? context.sentences.of(a),
    compare: context.comparer.storyComparer(),
    stems,
    texts: context.units,
    quantities: context.quantities.of,
  });
  const articles = storyArticlesOf(members, merged);
  const figures = findFigureDisputes(members, sentencesByArticle, DEFAULT_DISPUTE_PARAMS, stems, unitSpeakers(merged), context.quantities.of);
  // A headline stating one side of a disputed figure would settle what the outlets dispute.
  const title = storyTitle(members, stems, statesDisputedValue(figures), context.titleBags);
  let statements = rankStory(merged, { stems });
  let continues: Story['continues'] = null;
  const previous = continuation?.find({ title, articles, statements });
  if (previous) {
    // Ranked again with yesterday's statements marked: what is new leads.
    const seen = previousStatements(previous.story.statements, context);
    statements = rankStory(merged, { stems, isOld: (g) => seen({ text: g.text, speaker: g.speaker }) });
    continues = { date: previous.date, title: previous.story.title };
  }
  return {
    id: fnv1a(members.map((a) => a.id).join('\n')),
    title,
    articles,
    statements,
    figures,
    outlets: merged.reports.independentOutlets(members.map((a) => a.id)).length,
    continues,
  };
}

/**
 * Nothing lost, nothing twice: every article in exactly one group. Clustering guarantees it; this keeps the
 * promise even if a future clustering change breaks it (a stray article becomes its own story).
 */
export function completeGroups(groups: string[][], articles: readonly Article[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const group of groups) {
    const fresh = group.filter((id) => !seen.has(id));
    fresh.forEach((id) => seen.add(id));
    if (fresh.length) out.push(fresh);
  }
  for (const a of articles) if (!seen.has(a.id)) out.push([a.id]);
  return out;
}

/** How many independent outlets a story has: copies of another article do not add an outlet. */
export function independentOutletCount(story: Story): number {
  return story.outlets ?? new Set(story.articles.filter((a) => !a.copyOf).map((a) => a.source)).size;
}

/** Stories ordered by independent outlets, then recency, then size; ties broken by id for stable output. */
export function compareStories(byId: Map<string, Article>) {
  const latest = (s: Story) =>
    s.articles.reduce((max, a) => {
      const t = Date.parse(byId.get(a.id)?.publishedAt ?? '');
      return Number.isNaN(t) ? max : Math.max(max, t);
    }, 0);
  return (a: Story, b: Story) =>
    independentOutletCount(b) - independentOutletCount(a) ||
    latest(b) - latest(a) ||
    b.articles.length - a.articles.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
