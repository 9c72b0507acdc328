/**
 * The parallel path is the single-threaded path, byte for byte: readDay with the pool's parse (which also computes
 * each article's planning input) and buildDigestInPool give the digest.json buildDigest gives, on the bundled samples, on a generated day of several
 * multi-outlet stories, and with a previous digest (continuing stories). A failing story task surfaces as an error
 * naming the story; a bad file parsed on a worker is still a skip record.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../../lambdas/pipeline/index.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';
import type { Digest } from '../../../lambdas/pipeline/model.js';
import { readDay, takePlanning } from '../../../lambdas/digest/read-day.js';
import { planningInput } from '../../../lambdas/pipeline/stories/index.js';
import { FsArticleSource } from '../../../lambdas/io/fs-source.js';
import { buildDigestInPool, createDigestPool, PoolTaskError, type DigestPool } from '../../../lambdas/parallel/index.js';
import { storyTask } from '../../../lambdas/parallel/tasks.js';
import { generatedDay, nextDay } from './fixtures/day.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
/** digest.json as the CLI writes it: the bytes that must not change. */
const bytes = (d: Digest) => JSON.stringify(d, null, 2) + '\n';

let pool: DigestPool;
beforeAll(() => {
  pool = createDigestPool({ size: 2 });
});
afterAll(async () => {
  await pool.close();
});

describe('the parallel digest', () => {
  it('reads the samples and builds their digest exactly as one thread does', async () => {
    const single = await readDay(new FsArticleSource(SAMPLES));
    const parallel = await readDay(new FsArticleSource(SAMPLES), { parse: pool.parse });
    // The workers also computed what planning reads of each article: exactly what planningInput computes here.
    expect(single.planning?.size).toBe(0);
    expect(parallel.planning?.size).toBe(parallel.articles.length);
    for (const a of parallel.articles) expect(parallel.planning?.get(a.id)).toEqual(planningInput(a));
    const planning = takePlanning(parallel);
    takePlanning(single);
    expect(parallel).toEqual(single);
    expect(single.skipped.length).toBeGreaterThan(0);

    const options = { date: '2026-11-21', skipped: single.skipped };
    const expected = bytes(buildDigest(single.articles, options));
    expect(bytes(await buildDigestInPool(pool, parallel.articles, { ...options, ...planning }))).toBe(expected);
  });

  it('builds a generated day of multi-outlet stories exactly as one thread does', async () => {
    const articles = generatedDay();
    const single = buildDigest(articles, { date: '2026-05-03' });
    // The day must exercise what a story task builds, or equality proves little.
    expect(single.stories.filter((s) => s.articles.length >= 3).length).toBeGreaterThanOrEqual(3);
    expect(single.stories.some((s) => s.articles.some((a) => a.copyOf))).toBe(true);
    expect(single.stories.some((s) => s.figures.length > 0)).toBe(true);
    expect(single.stats.statementsMerged).toBeGreaterThan(20);
    expect(single.stories.flatMap((s) => s.statements).some((st) => st.speaker)).toBe(true);

    expect(bytes(await buildDigestInPool(pool, articles, { date: '2026-05-03' }))).toBe(bytes(single));
  });

  it('marks continuing stories against a previous digest exactly as one thread does', async () => {
    const previous = buildDigest(generatedDay(), { date: '2026-05-03' });
    const single = buildDigest(nextDay(), { date: '2026-05-05', previous });
    expect(single.stories.filter((s) => s.continues).length).toBeGreaterThanOrEqual(3);
    expect(bytes(await buildDigestInPool(pool, nextDay(), { date: '2026-05-05', previous }))).toBe(bytes(single));
    // Twice on the same pool: the first call's previous digest is not the second's.
    expect(bytes(await buildDigestInPool(pool, nextDay(), { date: '2026-05-05' }))).toBe(bytes(buildDigest(nextDay(), { date: '2026-05-05' })));
  });

  it('a bad file parsed on a worker is the same skip record as in this thread', async () => {
    const file = { id: 'civic/broken.json', bytes: new TextEncoder().encode('{"title": ') };
    const result = await pool.parse(file);
    expect(result.ok).toBe(false);
    expect(result).toEqual(readArticle(file));
  });

  it('a story that throws in a worker rejects with an error naming the story; the pool goes on', async () => {
    const broken = storyTask([{ id: 'a/broken.txt', source: 'A', format: 'txt', text: null as unknown as string }], new Map(), null);
    const failed = pool.story(broken);
    await expect(failed).rejects.toBeInstanceOf(PoolTaskError);
    await expect(failed).rejects.toThrow(/^the story of 1 articles \(first a\/broken\.txt\) failed in a worker thread: /);
    const articles = generatedDay().slice(0, 3);
    expect(bytes(await buildDigestInPool(pool, articles, { date: '2026-05-03' }))).toBe(bytes(buildDigest(articles, { date: '2026-05-03' })));
  });

  it('sends a story task only its members\' entries of the copy map', () => {
    const members = generatedDay().slice(0, 2);
    const copies = new Map([[members[1]!.id, members[0]!.id], ['elsewhere/x.txt', 'elsewhere/y.txt']]);
    expect(storyTask(members, copies, null).copies).toEqual([[members[1]!.id, members[0]!.id]]);
  });
});
