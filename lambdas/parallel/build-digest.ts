/**
 * buildDigest with the stories built on the pool's worker threads. The day-wide phases (outlets, copies,
 * clustering: planStories) and the final order (finishDigest) run here, in the main thread, exactly as buildDigest
 * runs them; only buildStory, which reads nothing but its own group, moves. Each result lands at its group's index,
 * so the digest is byte for byte buildDigest's whatever order the workers finish in.
 *
 * Memory: the main thread holds the whole digest until it is written, and on a large day it is the biggest thing in
 * the process. So (1) each story's strings are shared as it arrives (share-strings.ts); (2) stories are handed to
 * the pool a few at a time, not all queued at once, and the plan lets go of each article as its story is handed
 * over: the main thread no longer needs it (finishDigest reads only ids, outlets and dates). The pool's pending task
 * still holds a story's articles until its result comes back, so what stays alive is the text of the few stories in
 * flight, not the day's, if the caller does not hold it.
 */
import { randomUUID } from 'node:crypto';
import type { Article, Digest, Story } from '../pipeline/model.js';
import { finishDigest, planStories, type DigestOptions, type StoryPlan } from '../pipeline/index.js';
import type { DigestPool } from './digest-pool.js';
import { storyTask } from './tasks.js';
import { shareStrings, StringPool } from './share-strings.js';

/** Story tasks handed to the pool per thread at once: one running, one queued, so no thread waits for the next. */
const IN_FLIGHT_PER_THREAD = 2;

export function buildDigestInPool(pool: DigestPool, input: readonly Article[], options: DigestOptions): Promise<Digest> {
  // Not an async function: a suspended async frame would keep `input`, so every article, alive until the end.
  // The threads sit idle while this thread plans: their heaps (the parse phase's) are given back meanwhile.
  const released = pool.release();
  // The planning inputs are read by planStories alone: not kept while the stories are built.
  const { planning, ...rest } = options;
  let work: Work;
  try {
    work = prepare(planStories(input, undefined, planning));
  } catch (error) {
    return released.then(() => Promise.reject(error));
  }
  return released.then(() => buildStories(pool, work, rest));
}

type Work = ReturnType<typeof prepare>;

async function buildStories(pool: DigestPool, work: Work, options: DigestOptions): Promise<Digest> {
  // Only what the stories and finishDigest need is kept, not the plan itself: it holds every article's text.
  const { groups, copies, pending, slim, ids, order } = work;
  // A key of its own per call (no counter kept by the module): two digests built on one pool at once never read
  // each other's previous digest.
  const previous = options.previous ? `previous-${randomUUID()}` : null;
  if (previous) pool.setContext(previous, options.previous);
  try {
    const names = new StringPool();
    const stories: Story[] = new Array(groups.length);
    let next = 0;
    const feed = async (): Promise<void> => {
      while (next < order.length) {
        const i = order[next++]!;
        const members = groups[i]!.map((id) => take(pending, id));
        let story: Story;
        try {
          story = await pool.story(storyTask(members, copies, previous));
        } catch (error) {
          next = order.length; // one failed story fails the digest: hand the pool nothing more
          throw error;
        }
        stories[i] = shareStrings(story, ids, names);
      }
    };
    await Promise.all(Array.from({ length: pool.size * IN_FLIGHT_PER_THREAD }, feed));
    return finishDigest(slim, stories, options);
  } finally {
    if (previous) pool.setContext(previous, undefined);
  }
}

/**
 * The plan split into what the stories need and what finishDigest needs. Biggest stories first: merging grows
 * faster than a story's text, and a big story dispatched last would leave the other workers idle while it runs.
 * The order of dispatch changes nothing in the result.
 */
function prepare(plan: StoryPlan) {
  const cost = plan.groups.map((group) => storyCost(group, plan.byId));
  return {
    groups: plan.groups,
    copies: plan.copies,
    /** Articles not yet handed to a worker; each is removed as its story goes. */
    pending: new Map(plan.byId),
    slim: withoutText(plan),
    ids: new StringPool(plan.byId.keys()),
    order: plan.groups.map((_, i) => i).sort((a, b) => cost[b]! - cost[a]! || a - b),
  };
}

function take(articles: Map<string, Article>, id: string): Article {
  const article = articles.get(id);
  if (!article) throw new Error(`article ${id} is in two stories or in none`);
  articles.delete(id);
  return article;
}

/** What finishDigest reads of the plan, without the articles' text (it reads ids, outlets and dates only). */
function withoutText(plan: StoryPlan): StoryPlan {
  const articles = plan.articles.map((a) => ({ ...a, text: '' }));
  return { ...plan, articles, byId: new Map(articles.map((a) => [a.id, a] as const)) };
}

function storyCost(group: readonly string[], byId: ReadonlyMap<string, Article>): number {
  let chars = 0;
  for (const id of group) chars += byId.get(id)!.text.length;
  return chars;
}
