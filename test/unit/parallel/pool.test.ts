/**
 * WorkerPool on a test entry (fixtures/test-worker.ts): results per task whatever order the threads finish in, a
 * throwing task as a named error that leaves the pool usable, a dying thread as a crash that fails everything
 * pending, context values, and shutdown: a closed pool, or an idle one nobody closed, never holds the process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PoolCrashError, PoolTaskError, WorkerPool } from '../../../lambdas/parallel/pool.js';
import type { TestTask } from './fixtures/test-worker.js';

const ENTRY = new URL('./fixtures/test-worker.ts', import.meta.url);
const describeTask = (t: unknown) => `test task ${(t as TestTask).op}`;

let pool: WorkerPool<TestTask, unknown> | null = null;
const makePool = (size: number) => (pool = new WorkerPool<TestTask, unknown>({ size, entry: ENTRY, describe: describeTask }));
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('WorkerPool', () => {
  it('answers each task with its own result, whichever thread finishes first', async () => {
    const p = makePool(2);
    const tasks: TestTask[] = [
      { op: 'wait', ms: 150, value: 'slow' },
      { op: 'echo', value: { a: [1, 2], b: 'x' } },
      { op: 'wait', ms: 20, value: 3 },
      { op: 'echo', value: null },
    ];
    expect(await Promise.all(tasks.map((t) => p.run(t)))).toEqual(['slow', { a: [1, 2], b: 'x' }, 3, null]);
  });

  it('a task that throws rejects with a named error; the pool goes on', async () => {
    const p = makePool(1);
    const failed = p.run({ op: 'throw', message: 'boom in the worker' });
    await expect(failed).rejects.toBeInstanceOf(PoolTaskError);
    await expect(failed).rejects.toThrow('test task throw failed in a worker thread: boom in the worker');
    expect(await p.run({ op: 'echo', value: 7 })).toBe(7);
  });

  it('a result that cannot cross to the main thread is that task\'s error', async () => {
    const p = makePool(1);
    await expect(p.run({ op: 'function' })).rejects.toThrow(/test task function failed in a worker thread: .*could not be cloned/);
    expect(await p.run({ op: 'echo', value: 1 })).toBe(1);
  });

  it('a thread that dies fails its task, every queued task and later calls', async () => {
    const p = makePool(1);
    const dying = p.run({ op: 'exit' });
    const queued = p.run({ op: 'echo', value: 1 });
    const [d, q] = await Promise.allSettled([dying, queued]);
    expect(d.status === 'rejected' && d.reason).toBeInstanceOf(PoolCrashError);
    expect(d.status === 'rejected' && String(d.reason)).toMatch('worker thread 1 exited unexpectedly (code 3) while running test task exit');
    expect(q.status === 'rejected' && q.reason).toBeInstanceOf(PoolCrashError);
    await expect(p.run({ op: 'echo', value: 2 })).rejects.toThrow(/exited unexpectedly/);
  });

  it('posts small tasks to a busy thread ahead of its answers; other tasks wait for an idle thread', async () => {
    const p = makePool(1);
    expect(await p.run({ op: 'echo', value: 0 })).toBe(0); // the thread is up
    // Posted behind a running small task, a small task is on its way before the value below is set...
    const first = p.run({ op: 'wait', ms: 50, value: 1 }, [], { small: true });
    const early = p.run({ op: 'context', key: 'k' }, [], { small: true });
    // ...while a task that is not small waits in the pool for the thread to be idle, so it is posted after it.
    const late = p.run({ op: 'context', key: 'k' });
    p.setContext('k', 'set');
    expect(await Promise.all([first, early, late])).toEqual([1, null, 'set']);
  });

  it('a thread that dies with small tasks posted to it fails each of them', async () => {
    const p = makePool(1);
    expect(await p.run({ op: 'echo', value: 0 })).toBe(0);
    const [ok, dying, behind] = await Promise.allSettled([
      p.run({ op: 'wait', ms: 20, value: 1 }, [], { small: true }),
      p.run({ op: 'exit' }, [], { small: true }),
      p.run({ op: 'echo', value: 2 }, [], { small: true }),
    ] as const);
    expect(ok).toEqual({ status: 'fulfilled', value: 1 });
    expect(dying.status === 'rejected' && String(dying.reason)).toMatch('exited unexpectedly (code 3) while running test task exit');
    expect(behind.status === 'rejected' && behind.reason).toBeInstanceOf(PoolCrashError);
  });

  it('a worker entry that cannot load is a crash, not a hang', async () => {
    pool = new WorkerPool<TestTask, unknown>({ size: 1, entry: new URL('./fixtures/no-such-worker.ts', import.meta.url) });
    await expect(pool.run({ op: 'echo', value: 1 })).rejects.toThrow(/worker thread 1 could not start: [\s\S]*no-such-worker/);
  });

  it('context values reach every thread, in order with the tasks, and can be removed', async () => {
    const p = makePool(2);
    p.setContext('k', { n: 5 });
    expect(await Promise.all([p.run({ op: 'context', key: 'k' }), p.run({ op: 'context', key: 'k' })])).toEqual([{ n: 5 }, { n: 5 }]);
    p.setContext('k', undefined);
    expect(await p.run({ op: 'context', key: 'k' })).toBeNull();
  });

  it('close() stops the threads and rejects what never ran; a closed pool refuses work', async () => {
    const p = makePool(1);
    expect(await p.run({ op: 'echo', value: 0 })).toBe(0); // the thread is up
    const running = p.run({ op: 'wait', ms: 100, value: 1 });
    const queued = p.run({ op: 'echo', value: 2 });
    const settled = Promise.allSettled([running, queued]);
    await p.close();
    const [r, q] = await settled;
    expect(r.status === 'rejected' && String(r.reason)).toMatch('closed while the task ran');
    expect(q.status === 'rejected' && String(q.reason)).toMatch('closed before the task ran');
    await expect(p.run({ op: 'echo', value: 3 })).rejects.toThrow('the worker pool is closed');
  });

  it('refuses a size below 1', () => {
    expect(() => new WorkerPool({ size: 0, entry: ENTRY })).toThrow(RangeError);
  });

  it('an idle pool nobody closed does not keep the process alive', () => {
    // In a child process: the test runner's own process would hide a thread that holds the event loop open.
    const script = `
      import { WorkerPool } from ${JSON.stringify(new URL('../../../lambdas/parallel/pool.ts', import.meta.url).href)};
      const pool = new WorkerPool({ size: 2, entry: new URL(${JSON.stringify(ENTRY.href)}) });
      console.log(await Promise.all([pool.run({ op: 'echo', value: 'a' }), pool.run({ op: 'echo', value: 'b' })]));
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(child.signal, 'the child was killed by the timeout: something held it open').toBeNull();
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toBe("[ 'a', 'b' ]");
  });
});
