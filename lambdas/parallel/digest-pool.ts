/**
 * The digest's worker pool: parse and story tasks (tasks.ts) on `size` worker threads of this process.
 *
 * The worker entry sits beside this module: worker.ts when running from the TypeScript sources (tsx, vitest; see
 * start-worker.ts), worker.js when compiled. The Lambda bundle is a single file with no worker entry beside it, so the
 * Lambda runs with workers = 1 (see README, "Worker threads").
 */
import os from 'node:os';
import type { RawFile, ReadResult, Story } from '../pipeline/model.js';
import { PoolCrashError, WorkerPool } from './pool.js';
import { describeTask, type DigestTask, type StoryTask } from './tasks.js';
import { PARSE_BATCH, ParseBatches } from './parse-batches.js';

/** More threads than this rarely pay: each holds its own copy of the stories' text and warms its own caches. */
export const MAX_DEFAULT_WORKERS = 8;

/** Worker threads for this machine: its available cores, capped at MAX_DEFAULT_WORKERS. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(os.availableParallelism(), MAX_DEFAULT_WORKERS));
}

export interface DigestPool {
  readonly size: number;
  /**
   * readArticle on a worker: same ReadResult, plus the article's planning input; a bad file still a skip record.
   * Files are sent in batches (parse-batches.ts): keep `readConcurrency` files in flight so that every thread has one.
   */
  parse(file: RawFile): Promise<ReadResult>;
  /** Files to read at once so the threads are never short of parse batches (readDay's `concurrency`). */
  readonly readConcurrency: number;
  story(task: StoryTask): Promise<Story>;
  /** Makes a value (the previous digest) available to tasks under `key`; undefined removes it. */
  setContext(key: string, value: unknown): void;
  /**
   * Stops the threads when no task is queued or running (else does nothing); the next task starts fresh ones,
   * which receive the context values set so far. Between phases: the threads' heaps (the parse phase's garbage and
   * caches, a few hundred MB on a large day) are not held while the main thread works alone.
   */
  release(): Promise<void>;
  /** How many sets of threads have been started: 1, plus one for each set started after a release. */
  readonly generation: number;
  close(): Promise<void>;
}

export function createDigestPool(options: { size?: number } = {}): DigestPool {
  const size = options.size ?? defaultWorkers();
  let generation = 0;
  const start = () => {
    generation++;
    return new WorkerPool<DigestTask, ReadResult[] | Story>({ size, entry: workerEntry(), describe: describeTask });
  };
  let pool: WorkerPool<DigestTask, ReadResult[] | Story> | null = start();
  let stopping: Promise<void> = Promise.resolve();
  let running = 0;
  let closed = false;
  // A crashed pool stays broken (its error is every later task's): it is never swapped for a fresh one.
  let broken = false;
  // Kept here too, for the threads of a pool started after a release.
  const contexts = new Map<string, unknown>();
  const current = () => {
    if (!pool) {
      pool = start();
      for (const [key, value] of contexts) pool.setContext(key, value);
    }
    return pool;
  };
  const track = <T>(run: () => Promise<T>): Promise<T> => {
    if (closed && !pool) return Promise.reject(new PoolCrashError('the worker pool is closed'));
    running++;
    return run()
      .catch((error: unknown) => {
        if (error instanceof PoolCrashError) broken = true;
        throw error;
      })
      .finally(() => running--);
  };
  const batches = new ParseBatches((files) => {
    // A batch that leaves after close() (its files were handed over before) must not start fresh threads.
    if (closed) return Promise.reject(new PoolCrashError('the worker pool is closed'));
    // A copy of exactly each file's bytes, moved (not cloned) to the worker: a Buffer may be a view into a larger
    // shared slab, which must neither be cloned whole nor detached.
    const copies = files.map((file) => ({ id: file.id, bytes: new Uint8Array(file.bytes) }));
    // A batch is a small task: it may wait on a busy thread, which then never idles between two (pool.ts).
    return current().run({ kind: 'parse', files: copies }, copies.map((f) => f.bytes.buffer), { small: true }) as Promise<ReadResult[]>;
  });
  return {
    size,
    // Tracked per file from the call on: a file still waiting for its batch keeps the threads from a release.
    parse: (file) => track(() => batches.parse(file)),
    readConcurrency: Math.max(16, 2 * size * PARSE_BATCH),
    story: (task) => track(() => current().run(task) as Promise<Story>),
    setContext: (key, value) => {
      if (value === undefined) contexts.delete(key);
      else contexts.set(key, value);
      pool?.setContext(key, value);
    },
    release: () => {
      if (pool && running === 0 && !closed && !broken) {
        const stopped = pool;
        pool = null;
        stopping = stopped.close();
      }
      return stopping;
    },
    get generation() {
      return generation;
    },
    close: () => {
      closed = true;
      return Promise.all([stopping, pool?.close()]).then(() => undefined);
    },
  };
}

/** worker.ts beside this module when running from the sources, worker.js when compiled. */
function workerEntry(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
}
