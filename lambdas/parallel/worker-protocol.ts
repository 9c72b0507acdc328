/** The messages between WorkerPool (pool.ts) and a worker entry (worker.ts): plain objects, structured-cloned. */

export type ToWorker =
  | { type: 'task'; id: number; task: unknown }
  /** A value later tasks refer to by key; `undefined` removes it. */
  | { type: 'context'; key: string; value: unknown };

export type FromWorker =
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: { message: string; stack?: string } };
