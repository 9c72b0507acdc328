/**
 * What the digest's worker threads do: parse a batch of files ('parse': readArticle per file, with the article's
 * planning input, stories/planning-input.ts; parse-batches.ts) or build one story ('story': buildStory). Inputs and results are plain objects
 * (structured-cloned), so a task computes exactly what the same
 * call computes in the main thread: the digest does not depend on where, or in which order, a task ran.
 */
import type { Article, RawFile, ReadResult, Story } from '../pipeline/model.js';
import type { Continuity } from '../pipeline/continuity.js';
import { readArticle } from '../pipeline/articles/index.js';
import { LineMemo } from '../pipeline/articles/line-memo.js';
import { buildStory } from '../pipeline/index.js';
import { indexPreviousDigest, type ContinuationIndex } from '../pipeline/continuing.js';
import { DayContext } from '../pipeline/day-context.js';

export interface ParseTask {
  kind: 'parse';
  /** Files parsed in one message (parse-batches.ts); one result each, in this order. */
  files: RawFile[];
}

export interface StoryTask {
  kind: 'story';
  /** The story's articles, outlets unified, in group order. */
  members: Article[];
  /** The day's copy map restricted to the members (a copy -> its original): all buildStory reads of it. */
  copies: [string, string][];
  /** Context key of the previous digest (pool.setContext), or null for none. */
  previous: string | null;
}

export type DigestTask = ParseTask | StoryTask;
export type TaskResult<T extends DigestTask> = T extends ParseTask ? ReadResult[] : Story;

/**
 * The task runner of one worker thread. It owns what the worker keeps between tasks, for the worker's lifetime:
 * the day's caches (pure answers only, bounded, so a story is the same whichever worker, day or order built it)
 * and one index per previous digest the worker holds (a context value is one object until it is replaced).
 */
export function createTaskRunner(): (task: DigestTask, context: (key: string) => unknown) => ReadResult[] | Story {
  const day = new DayContext();
  // The worker's reading memo: lines judged once for as long as the worker lives (pure answers, bounded).
  const lines = new LineMemo();
  const indexes = new WeakMap<Continuity, ContinuationIndex>();
  const continuationOf = (key: string, context: (key: string) => unknown): ContinuationIndex => {
    const previous = context(key) as Continuity | undefined;
    if (!previous) throw new Error(`no previous digest under context key ${key}`);
    let index = indexes.get(previous);
    if (!index) indexes.set(previous, (index = indexPreviousDigest(previous, day)));
    return index;
  };
  return (task, context) => {
    switch (task.kind) {
      case 'parse': {
        // What planning reads of the article is computed here, in parallel, rather than by the day-wide phase.
        return task.files.map((file) => {
          const result = readArticle(file, lines);
          return result.ok ? { ...result, planning: day.planning.of(result.article) } : result;
        });
      }
      case 'story': {
        const continuation = task.previous === null ? null : continuationOf(task.previous, context);
        return buildStory(task.members, { copies: new Map(task.copies), continuation, context: day });
      }
      default:
        throw new Error(`unknown task kind ${JSON.stringify((task as { kind?: unknown }).kind)}`);
    }
  };
}

/** Story task input: the members and the slice of the day's copy map that storyReports can reach from them. */
export function storyTask(members: Article[], copies: ReadonlyMap<string, string>, previous: string | null): StoryTask {
  const slice: [string, string][] = [];
  for (const a of members) {
    const original = copies.get(a.id);
    if (original !== undefined) slice.push([a.id, original]);
  }
  return { kind: 'story', members, copies: slice, previous };
}

export function describeTask(task: unknown): string {
  const t = task as { kind?: unknown; files?: { id?: string }[]; members?: { id?: string }[] };
  if (t.kind === 'parse') return `parsing ${t.files?.map((f) => f.id ?? '?').join(', ') ?? '?'}`;
  if (t.kind === 'story') return `the story of ${t.members?.length ?? '?'} articles (first ${t.members?.[0]?.id ?? '?'})`;
  return `task ${JSON.stringify(t.kind)}`;
}
