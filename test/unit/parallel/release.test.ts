/**
 * buildDigestInPool hands the pool a few stories at a time and lets go of each article once its story is handed
 * over, so the day's text can be freed while the stories are built (a large day's text is hundreds of MB). A fake
 * pool builds each story in this thread and, when the last story arrives, forces a garbage collection and counts
 * the input articles still alive: only those of the stories in flight may be.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildDigest, buildStory } from '../../../lambdas/pipeline/index.js';
import type { Article, Story } from '../../../lambdas/pipeline/model.js';
import { buildDigestInPool, createDigestPool, type DigestPool } from '../../../lambdas/parallel/index.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';
import { planningInput } from '../../../lambdas/pipeline/stories/index.js';
import type { StoryTask } from '../../../lambdas/parallel/tasks.js';
import { generatedDay, nextDay } from './fixtures/day.js';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function fakePool(size: number, onTask: (inFlight: number, remaining: number) => Promise<void>, total: () => number): DigestPool {
  let inFlight = 0;
  let seen = 0;
  return {
    size,
    generation: 1,
    readConcurrency: 16,
    parse: () => Promise.reject(new Error('not used')),
    story: async (task: StoryTask): Promise<Story> => {
      inFlight++;
      seen++;
      const story = buildStory(task.members, { copies: new Map(task.copies) });
      task.members = []; // a worker's copy is gone once the story is built
      await onTask(inFlight, total() - seen);
      inFlight--;
      return structuredClone(story);
    },
    setContext: () => {},
    release: async () => {},
    close: async () => {},
  };
}

describe('buildDigestInPool and memory', () => {
  it('keeps at most two stories per thread in flight and frees the articles of stories already handed over', async () => {
    const refs: WeakRef<Article>[] = [];
    const day = (): Article[] => {
      const articles = generatedDay();
      for (const a of articles) refs.push(new WeakRef(a));
      return articles;
    };
    const expected = JSON.stringify(buildDigest(generatedDay(), { date: '2026-05-03' }));
    let groups = 0;
    let maxInFlight = 0;
    let aliveAtLast = -1;
    const pool = fakePool(
      2,
      async (inFlight, remaining) => {
        maxInFlight = Math.max(maxInFlight, inFlight);
        if (remaining > 0) return tick().then(() => undefined);
        // The last story: WeakRefs read in this job stay alive until it ends, so collect on a later turn.
        await tick();
        gc();
        aliveAtLast = refs.filter((r) => r.deref() !== undefined).length;
      },
      () => groups,
    );
    groups = JSON.parse(expected).stories.length;
    expect(groups).toBeGreaterThanOrEqual(8);
    // Called from a plain function, so no suspended frame of this test holds the day's array.
    const start = () => buildDigestInPool(pool, day(), { date: '2026-05-03' });
    const digest = await start();
    expect(JSON.stringify(digest)).toBe(expected);
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect(maxInFlight).toBeGreaterThan(1);
    // Without the release every article of the day is still alive here; with it, at most those of 4 stories.
    expect(refs.length).toBeGreaterThan(20);
    expect(aliveAtLast).toBeGreaterThanOrEqual(0);
    expect(aliveAtLast).toBeLessThan(refs.length / 2);
  });
});

describe('DigestPool.release', () => {
  it('stops idle threads; the next task starts fresh ones that still see the context values', async () => {
    const pool = createDigestPool({ size: 1 });
    try {
      const file = { id: 'civic/a.txt', bytes: new TextEncoder().encode('Harbor Council voted on Tuesday to rebuild the pier.') };
      // What a worker's parse answers: the article, and what planning reads of it.
      const read = readArticle(file);
      const expected = read.ok ? { ...read, planning: planningInput(read.article) } : read;
      expect(await pool.parse(file)).toEqual(expected);
      expect(pool.generation).toBe(1);
      // While a task runs, release leaves the threads alone and the task completes.
      const running = pool.parse(file);
      await pool.release();
      expect(await running).toEqual(expected);
      expect(pool.generation).toBe(1);
      // Idle: the threads stop, and the next task starts a fresh set.
      await pool.release();
      expect(pool.generation).toBe(1);
      expect(await pool.parse(file)).toEqual(expected);
      expect(pool.generation).toBe(2);

      const previous = buildDigest(generatedDay(), { date: '2026-05-03' });
      const articles = nextDay();
      const single = buildDigest(articles, { date: '2026-05-05', previous });
      expect(single.stories.some((s) => s.continues)).toBe(true);
      // buildDigestInPool releases the threads before planning and sets the previous digest as a context value.
      expect(JSON.stringify(await buildDigestInPool(pool, nextDay(), { date: '2026-05-05', previous }))).toBe(JSON.stringify(single));
      expect(pool.generation).toBe(3);
    } finally {
      await pool.close();
    }
    await expect(pool.parse({ id: 'x.txt', bytes: new Uint8Array(1) })).rejects.toThrow(/closed/);
  });
});
