/**
 * A small pool of worker threads running one entry module: tasks queue in submission order (first in, first out)
 * and each idle worker takes the next one, one at a time, so the caller decides the balance by the order it
 * submits (big tasks first). Small tasks (a file to parse: a fraction of a millisecond) may instead be posted to a
 * busy worker, up to PIPELINE_DEPTH of them, so the worker never waits a round trip through this thread between
 * two: for tasks that short the round trip cost a third of the workers' time.
 *
 * Protocol with the entry (worker-protocol.ts): the pool posts {type: 'task', id, task} and {type: 'context', key,
 * value}; the worker answers every task with {type: 'result', id, ok, value | error}. A task that throws in the worker
 * rejects with a PoolTaskError naming the task; a worker that dies (uncaught error, exit, failed start) breaks the
 * pool: the task it ran and every queued one reject with a PoolCrashError, later run() calls too. A crash is a bug
 * or an exhausted machine, not a bad input, and a half-built digest must not pass for a whole one.
 *
 * Idle workers are unref'd: a pool someone forgot to close never keeps the process alive, and a busy one does.
 */
import type { TransferListItem, Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './worker-protocol.js';
import { startWorker } from './start-worker.js';

export interface PoolOptions {
  /** Worker threads, at least 1. */
  size: number;
  /** The worker entry module (.js, or .ts when running from the sources: start-worker.ts). */
  entry: URL;
  /** How a task is named in error messages ("story of 12 articles (first a/b.txt)"). */
  describe?: (task: unknown) => string;
}

/** A task that threw inside a worker: the worker's message and stack, and which task it was. */
export class PoolTaskError extends Error {
  constructor(description: string, message: string, readonly workerStack?: string) {
    super(`${description} failed in a worker thread: ${message}`);
    this.name = 'PoolTaskError';
  }
}

/** A worker that died or never started: the pool is unusable from then on. */
export class PoolCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoolCrashError';
  }
}

/** Small tasks posted to one worker ahead of its answers (see the module comment). */
export const PIPELINE_DEPTH = 4;

interface Pending {
  id: number;
  task: unknown;
  transfer: TransferListItem[];
  /** May wait on a busy worker behind other small tasks. */
  small: boolean;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  index: number;
  /** Posted to the worker and not answered yet, oldest first (the worker answers in order): at most one unless all are small. */
  running: Pending[];
}

export class WorkerPool<Task, Result> {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly describe: (task: unknown) => string;
  private readonly contexts = new Map<string, unknown>();
  private nextId = 1;
  private broken: PoolCrashError | null = null;
  private closing = false;

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`pool size must be a whole number >= 1, got ${options.size}`);
    this.size = options.size;
    this.describe = options.describe ?? (() => 'task');
    // Threads start as soon as their code is ready (a .ts entry is bundled first); tasks queue meanwhile.
    for (let index = 0; index < options.size; index++) {
      startWorker(options.entry).then(
        (worker) => this.attach(worker, index),
        (error: Error) => this.fail(`worker thread ${index + 1} could not start: ${error.message}`),
      );
    }
  }

  private attach(worker: Worker, index: number): void {
    if (this.closing || this.broken) {
      void worker.terminate();
      return;
    }
    const slot: Slot = { worker, index, running: [] };
    worker.unref();
    worker.on('message', (message: FromWorker) => this.settle(slot, message));
    worker.on('error', (error) => this.crash(slot, `worker thread ${index + 1} failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.closing) this.crash(slot, `worker thread ${index + 1} exited unexpectedly (code ${code})`);
    });
    for (const [key, value] of this.contexts) worker.postMessage({ type: 'context', key, value } satisfies ToWorker);
    this.slots.push(slot);
    this.dispatch();
  }

  /**
   * Runs one task on the next idle worker; `transfer` moves buffers instead of copying them. A `small` task may be
   * posted to a worker still busy with other small ones (see the module comment).
   */
  run(task: Task, transfer: TransferListItem[] = [], options: { small?: boolean } = {}): Promise<Result> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.reject(new PoolCrashError('the worker pool is closed'));
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, transfer, small: options.small ?? false, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * Sends every worker a value that later tasks refer to by key (a worker's messages arrive in order, so the value
   * is there before any task posted after it). `undefined` removes it.
   */
  setContext(key: string, value: unknown): void {
    // Kept for threads that start later.
    if (value === undefined) this.contexts.delete(key);
    else this.contexts.set(key, value);
    for (const slot of this.slots) slot.worker.postMessage({ type: 'context', key, value } satisfies ToWorker);
  }

  /** Stops every worker. Tasks still queued reject; call it once the results are in. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    for (const pending of this.queue.splice(0)) pending.reject(this.broken ?? new PoolCrashError('the worker pool was closed before the task ran'));
    for (const slot of this.slots) {
      for (const pending of slot.running.splice(0)) pending.reject(this.broken ?? new PoolCrashError('the worker pool was closed while the task ran'));
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  /** The pool cannot work (no thread could start): every task pending now or later rejects. */
  private fail(message: string): void {
    const error = (this.broken ??= new PoolCrashError(message));
    for (const pending of this.queue.splice(0)) pending.reject(error);
    for (const slot of this.slots) {
      for (const pending of slot.running.splice(0)) pending.reject(error);
      slot.worker.unref();
    }
  }

  private dispatch(): void {
    if (this.broken) return;
    // Idle workers first, then small tasks onto workers busy with small tasks only, the least loaded first.
    for (let depth = 0; depth < PIPELINE_DEPTH && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        const next = this.queue[0];
        if (next === undefined) return;
        if (slot.running.length !== depth) continue;
        if (depth > 0 && !(next.small && slot.running.every((p) => p.small))) continue;
        this.queue.shift();
        slot.running.push(next);
        slot.worker.ref();
        slot.worker.postMessage({ type: 'task', id: next.id, task: next.task } satisfies ToWorker, next.transfer);
      }
    }
  }

  private settle(slot: Slot, message: FromWorker): void {
    const pending = slot.running[0];
    if (!pending || message.id !== pending.id) {
      this.crash(slot, `worker thread ${slot.index + 1} answered a task it was not running (id ${message.id})`);
      return;
    }
    slot.running.shift();
    if (slot.running.length === 0) slot.worker.unref();
    if (message.ok) pending.resolve(message.value);
    else pending.reject(new PoolTaskError(this.describe(pending.task), message.error.message, message.error.stack));
    this.dispatch();
  }

  private crash(slot: Slot, message: string): void {
    if (this.closing && slot.running.length === 0) return;
    const error = (this.broken ??= new PoolCrashError(message));
    const [running, ...waiting] = slot.running.splice(0);
    if (running) running.reject(new PoolCrashError(`${message} while running ${this.describe(running.task)}`));
    for (const pending of waiting) pending.reject(error);
    for (const pending of this.queue.splice(0)) pending.reject(error);
    // The other workers finish what they run; nothing new is dispatched, and close() stops them.
    for (const other of this.slots) other.worker.unref();
  }
}
