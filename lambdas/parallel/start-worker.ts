/**
 * Starting a worker thread on an entry module that may be a TypeScript source (running under tsx or vitest).
 *
 * Node 20 does not apply `--import tsx` given in a worker's execArgv before it loads the entry (it fails with
 * "Unknown file extension .ts"), and a loader registered in the main thread does not reach workers under every
 * runner. So a .ts entry starts from a tiny bootstrap that registers tsx's ESM hooks in the worker itself
 * (tsx/esm/api register()) and then imports the entry. A .js entry (compiled) starts as is.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const bootstrap =
    `import(${JSON.stringify(tsxApiUrl())})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })` +
    // An entry that fails to load must surface as the worker's error, not as an unhandled rejection warning.
    `.catch((error) => { setImmediate(() => { throw error; }); });`;
  return new Worker(bootstrap, { eval: true });
}

/** tsx's ESM API module, resolved from this project (its package exports map `./esm/api` to this file for import). */
function tsxApiUrl(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(path.join(path.dirname(manifest), 'dist/esm/api/index.mjs')).href;
}
