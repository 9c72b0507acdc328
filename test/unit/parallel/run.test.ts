/**
 * runDigest's `workers` and the CLI's --workers: 1 is today's single-threaded path (no pool is started), more
 * threads give the same digest, and a bad --workers value is a usage error (exit 2).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runDigest } from '../../../lambdas/digest/run.js';
import { FsArticleSource } from '../../../lambdas/io/fs-source.js';
import { main } from '../../../lambdas/cli/main.js';
import * as parallel from '../../../lambdas/parallel/index.js';

vi.mock('../../../lambdas/parallel/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lambdas/parallel/index.js')>();
  return { ...real, createDigestPool: vi.fn(real.createDigestPool) };
});

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const run = (workers?: number) =>
  runDigest({
    source: new FsArticleSource(SAMPLES),
    date: '2026-11-21',
    links: { unsubscribeUrl: 'https://example.com/unsubscribe' },
    ...(workers !== undefined ? { workers } : {}),
  });

describe('runDigest workers', () => {
  it('runs in this thread by default and with workers: 1, on worker threads with more, to the same digest', async () => {
    const create = vi.mocked(parallel.createDigestPool);
    create.mockClear();
    const byDefault = await run();
    const one = await run(1);
    expect(create).not.toHaveBeenCalled();
    const two = await run(2);
    expect(create).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(two.digest)).toBe(JSON.stringify(one.digest));
    expect(JSON.stringify(byDefault.digest)).toBe(JSON.stringify(one.digest));
    expect(two.email.html).toBe(one.email.html);
  });

  it('refuses a worker count that is not a whole number >= 1', async () => {
    await expect(run(0)).rejects.toThrow(RangeError);
    await expect(run(1.5)).rejects.toThrow(/whole number/);
  });
});

describe('--workers', () => {
  it('is a usage error unless a whole number from 1 to 64', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const bad of ['0', 'two', '1.5', '-1', '65', '']) {
        expect(await main(['--articles', SAMPLES, '--workers', bad])).toBe(2);
      }
      expect(stderr.mock.calls.some(([s]) => String(s).includes('--workers must be a whole number from 1 to 64'))).toBe(true);
    } finally {
      stderr.mockRestore();
    }
  });
});
