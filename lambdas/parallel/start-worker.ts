/**
 * Starting a worker thread on an entry module that may be a TypeScript source (running under tsx or vitest).
 *
 * A .js entry (compiled) starts as is. A .ts entry is bundled once per process with esbuild (tsx's own compiler,
 * so it is there whenever the sources run) into one CJS file in the temp folder: a worker then starts in about
 * 0.25 s CPU instead of about 1.7 s through tsx's per-module hooks, paid again by every worker of every pool.
 * Without esbuild, the worker registers tsx's hooks itself and imports the entry (Node 20 ignores `--import tsx`
 * in a worker's execArgv: "Unknown file extension .ts").
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundles = new Map<string, Promise<string | null>>();

/** The worker for `entry`, once its code is ready (a .ts entry's bundle is built on the first call). */
export async function startWorker(entry: URL): Promise<Worker> {
  const execArgv = workerExecArgv();
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { execArgv });
  let bundle = bundles.get(entry.href);
  if (!bundle) bundles.set(entry.href, (bundle = bundleEntry(entry)));
  const file = await bundle;
  return file ? new Worker(file, { execArgv }) : new Worker(tsxBootstrap(entry), { eval: true, execArgv });
}

/**
 * The process's node flags (--cpu-prof, memory limits... apply to the workers too) minus --input-type, which
 * a worker refuses ("can only be used with string input") when the process was started with `-e` code.
 */
function workerExecArgv(): string[] {
  const out: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const flag = process.execArgv[i]!;
    if (flag === '--input-type') i++;
    else if (!flag.startsWith('--input-type=')) out.push(flag);
  }
  return out;
}

async function bundleEntry(entry: URL): Promise<string | null> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-digest-worker-'));
  // The bundle lives as long as the process that may start workers from it.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = path.join(dir, `${path.basename(entry.pathname, '.ts')}.cjs`);
  await esbuild.build({
    entryPoints: [fileURLToPath(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return outfile;
}

function tsxBootstrap(entry: URL): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  // tsx's ESM API module (its package exports map `./esm/api` to this file for import).
  const api = pathToFileURL(path.join(path.dirname(manifest), 'dist/esm/api/index.mjs')).href;
  return (
    `import(${JSON.stringify(api)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })` +
    // An entry that fails to load must surface as the worker's error, not as an unhandled rejection warning.
    `.catch((error) => { setImmediate(() => { throw error; }); });`
  );
}
