/**
 * A small pool of worker threads running one entry module: tasks queue in submission order (first in, first out)
 * and each idle worker takes the next one, one at a time, so the caller decides the balance by the order it
 * submits (big tasks first).
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

interface Pending {
  id: number;
  task: unknown;
  transfer: TransferListItem[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  index: number;
  running: Pending | null;
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
    const slot: Slot = { worker, index, running: null };
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

  /** Runs one task on the next idle worker; `transfer` moves buffers instead of copying them. */
  run(task: Task, transfer: TransferListItem[] = []): Promise<Result> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.reject(new PoolCrashError('the worker pool is closed'));
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, transfer, resolve: resolve as (v: unknown) => void, reject });
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
      if (slot.running) slot.running.reject(this.broken ?? new PoolCrashError('the worker pool was closed while the task ran'));
      slot.running = null;
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  /** The pool cannot work (no thread could start): every task pending now or later rejects. */
  private fail(message: string): void {
    const error = (this.broken ??= new PoolCrashError(message));
    for (const pending of this.queue.splice(0)) pending.reject(error);
    for (const slot of this.slots) {
      if (slot.running) slot.running.reject(error);
      slot.running = null;
      slot.worker.unref();
    }
  }

  private dispatch(): void {
    if (this.broken) return;
    for (const slot of this.slots) {
      if (slot.running || this.queue.length === 0) continue;
      const pending = this.queue.shift()!;
      slot.running = pending;
      slot.worker.ref();
      slot.worker.postMessage({ type: 'task', id: pending.id, task: pending.task } satisfies ToWorker, pending.transfer);
    }
  }

  private settle(slot: Slot, message: FromWorker): void {
    const pending = slot.running;
    if (!pending || message.id !== pending.id) {
      this.crash(slot, `worker thread ${slot.index + 1} answered a task it was not running (id ${message.id})`);
      return;
    }
    slot.running = null;
    slot.worker.unref();
    if (message.ok) pending.resolve(message.value);
    else pending.reject(new PoolTaskError(this.describe(pending.task), message.error.message, message.error.stack));
    this.dispatch();
  }

  private crash(slot: Slot, message: string): void {
    if (this.closing && !slot.running) return;
    const error = (this.broken ??= new PoolCrashError(message));
    const running = slot.running;
    slot.running = null;
    if (running) running.reject(new PoolCrashError(`${message} while running ${this.describe(running.task)}`));
    for (const pending of this.queue.splice(0)) pending.reject(error);
    // The other workers finish what they run; nothing new is dispatched, and close() stops them.
    for (const other of this.slots) other.worker.unref();
  }
}
