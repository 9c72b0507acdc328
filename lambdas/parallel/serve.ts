/**
 * The worker side of pool.ts: answer every task message with its result or its error, keep the context values
 * tasks refer to. A worker entry is `serveTasks(run)`; anything `run` throws goes back to the pool as that task's
 * error, so one failing task never takes the thread down.
 */
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './worker-protocol.js';

export type TaskRunner = (task: unknown, context: (key: string) => unknown) => unknown;

export function serveTasks(run: TaskRunner): void {
  const port = parentPort;
  if (!port) throw new Error('this module is a worker thread entry: start it with new Worker(), not directly');
  const contexts = new Map<string, unknown>();
  const context = (key: string) => contexts.get(key);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'context') {
      if (message.value === undefined) contexts.delete(message.key);
      else contexts.set(message.key, message.value);
      return;
    }
    let reply: FromWorker;
    try {
      reply = { type: 'result', id: message.id, ok: true, value: run(message.task, context) };
      // A result that cannot be cloned (a function, a class instance with private state) throws here, as its task.
      port.postMessage(reply);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ type: 'result', id: message.id, ok: false, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } } satisfies FromWorker);
    }
  });
}
