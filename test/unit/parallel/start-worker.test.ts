/**
 * Without esbuild (the .ts entry cannot be bundled), a worker still starts from the TypeScript sources: it
 * registers tsx's hooks itself and imports the entry.
 */
import { describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../../lambdas/parallel/pool.js';

vi.mock('esbuild', () => {
  throw new Error('esbuild is not installed here');
});

describe('startWorker without esbuild', () => {
  it('falls back to tsx inside the worker', async () => {
    const pool = new WorkerPool({ size: 1, entry: new URL('./fixtures/test-worker.ts', import.meta.url) });
    try {
      expect(await pool.run({ op: 'echo', value: 'through tsx' })).toBe('through tsx');
    } finally {
      await pool.close();
    }
  });
});
