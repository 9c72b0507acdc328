/**
 * The digest's worker pool: parse and story tasks (tasks.ts) on `size` worker threads of this process.
 *
 * The worker entry sits beside this module: worker.ts when running from the TypeScript sources (tsx, vitest; see
 * start-worker.ts), worker.js when compiled. The Lambda bundle is a single file with no worker entry beside it, so the
 * Lambda runs with workers = 1 (see README, "Worker threads").
 */
import os from 'node:os';
import type { RawFile, ReadResult, Story } from '../pipeline/model.js';
import { WorkerPool } from './pool.js';
import { describeTask, type DigestTask, type StoryTask } from './tasks.js';

/** More threads than this rarely pay: each holds its own copy of the stories' text and warms its own caches. */
export const MAX_DEFAULT_WORKERS = 8;

/** Worker threads for this machine: its available cores, capped at MAX_DEFAULT_WORKERS. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(os.availableParallelism(), MAX_DEFAULT_WORKERS));
}

export interface DigestPool {
  readonly size: number;
  /** readArticle on a worker: same ReadResult, a bad file still a skip record. */
  parse(file: RawFile): Promise<ReadResult>;
  story(task: StoryTask): Promise<Story>;
  /** Makes a value (the previous digest) available to tasks under `key`; undefined removes it. */
  setContext(key: string, value: unknown): void;
  close(): Promise<void>;
}

export function createDigestPool(options: { size?: number } = {}): DigestPool {
  const pool = new WorkerPool<DigestTask, ReadResult | Story>({
    size: options.size ?? defaultWorkers(),
    entry: workerEntry(),
    describe: describeTask,
  });
  return {
    size: pool.size,
    parse: (file) => {
      // A copy of exactly the file's bytes, moved (not cloned) to the worker: a Buffer may be a view into a larger
      // shared slab, which must neither be cloned whole nor detached.
      const bytes = new Uint8Array(file.bytes);
      return pool.run({ kind: 'parse', file: { id: file.id, bytes } }, [bytes.buffer]) as Promise<ReadResult>;
    },
    story: (task) => pool.run(task) as Promise<Story>,
    setContext: (key, value) => pool.setContext(key, value),
    close: () => pool.close(),
  };
}

/** worker.ts beside this module when running from the sources, worker.js when compiled. */
function workerEntry(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
}
