/**
 * Both modes of the daily run, on one day written to disk (issue 6, "past one Lambda"):
 *
 *   npx tsx bench/sidecars.ts --dir DAY [--sidecars DIR] [--json OUT]     (npm run bench -- --sidecars runs it per N)
 *
 * 1. ingest: every file becomes a sidecar (lambdas/io/sidecar-fs.ts writeFsSidecar: the same read, parse, sentence
 *    split and encoding the ingest Lambda does, minus S3), in a folder beside the day; CPU per article.
 * 2. the daily run's whole path (read the day, buildDigest, render the email) from the raw files, then from the
 *    sidecars, each in a fresh process (so neither warms the other's JIT or caches); CPU per step, peak RSS.
 * The two digests must be identical (compared by hash); the bench fails otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FsArticleSource } from '../lambdas/io/fs-source.js';
import { FsSidecarStore, writeFsSidecar } from '../lambdas/io/sidecar-fs.js';
import { readDay, DEFAULT_MAX_BYTES } from '../lambdas/digest/read-day.js';
import { publicationDay } from '../lambdas/digest/run.js';
import { buildDigest } from '../lambdas/pipeline/index.js';
import type { Article } from '../lambdas/pipeline/model.js';
import { renderEmail } from '../lambdas/render/index.js';
import { jsonSha256 } from './json-hash.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface DailyRun {
  mode: 'raw' | 'sidecars';
  articles: number;
  fromSidecars: number;
  /** CPU milliseconds (user + system) per step. */
  cpuMs: { read: number; build: number; render: number; total: number };
  peakRssMiB: number;
  digestSha256: string;
}

export interface SidecarBench {
  files: number;
  articleBytes: number;
  sidecarBytes: number;
  /** CPU of writing every sidecar (read + parse + split + encode + write), and per file. */
  ingestCpuMs: number;
  ingestCpuMsPerFile: number;
  raw: DailyRun;
  sidecars: DailyRun;
  identical: boolean;
}

const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

async function ingestPhase(dir: string, sidecars: string): Promise<{ files: number; cpuMs: number }> {
  const ids: string[] = [];
  for await (const entry of new FsArticleSource(dir).list()) ids.push(entry.id);
  const c0 = cpuNow();
  for (const id of ids) await writeFsSidecar(dir, sidecars, id, DEFAULT_MAX_BYTES);
  return { files: ids.length, cpuMs: cpuNow() - c0 };
}

async function dailyPhase(dir: string, mode: DailyRun['mode'], sidecars: string): Promise<DailyRun> {
  const c0 = cpuNow();
  const day = await readDay(new FsArticleSource(dir), mode === 'sidecars' ? { sidecars: new FsSidecarStore(dir, sidecars) } : {});
  const c1 = cpuNow();
  const date = publicationDay(day.articles) ?? '2026-03-14';
  // As lambdas/digest/run.ts passes them.
  const digest = buildDigest(day.articles, {
    date,
    skipped: day.skipped,
    ...(day.sentences?.size ? { sentences: (a: Article) => day.sentences?.get(a.id) } : {}),
  });
  const c2 = cpuNow();
  renderEmail(digest, { unsubscribeUrl: 'https://example.com/unsubscribe' });
  const c3 = cpuNow();
  return {
    mode,
    articles: day.articles.length,
    fromSidecars: day.fromSidecars ?? 0,
    cpuMs: { read: c1 - c0, build: c2 - c1, render: c3 - c2, total: c3 - c0 },
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    digestSha256: jsonSha256(digest),
  };
}

/** Runs one phase in a fresh node process and returns what it printed as JSON. */
function child<T>(args: string[]): T {
  const out = path.join(os.tmpdir(), `nd-sidecar-bench-${process.pid}-${Date.now()}.json`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args, '--json', out], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`bench/sidecars.ts ${args.join(' ')} failed (exit ${run.status ?? run.signal})`);
  const value = JSON.parse(readFileSync(out, 'utf8')) as T;
  rmSync(out, { force: true });
  return value;
}

/** The whole comparison for one day folder; sidecars are written to `sidecars` (emptied first) and removed after. */
export function benchSidecars(dir: string, sidecars = path.join(os.tmpdir(), 'news-digest-bench', `sidecars-${process.pid}`)): SidecarBench {
  rmSync(sidecars, { recursive: true, force: true });
  mkdirSync(sidecars, { recursive: true });
  try {
    const ingest = child<{ files: number; cpuMs: number }>(['--phase', 'ingest', '--dir', dir, '--sidecars', sidecars]);
    const raw = child<DailyRun>(['--phase', 'daily', '--mode', 'raw', '--dir', dir, '--sidecars', sidecars]);
    const fromSidecars = child<DailyRun>(['--phase', 'daily', '--mode', 'sidecars', '--dir', dir, '--sidecars', sidecars]);
    return {
      files: ingest.files,
      articleBytes: folderBytes(dir),
      sidecarBytes: folderBytes(sidecars),
      ingestCpuMs: ingest.cpuMs,
      ingestCpuMsPerFile: ingest.cpuMs / Math.max(1, ingest.files),
      raw,
      sidecars: fromSidecars,
      identical: raw.digestSha256 === fromSidecars.digestSha256,
    };
  } finally {
    rmSync(sidecars, { recursive: true, force: true });
  }
}

export function printSidecarBench(b: SidecarBench): void {
  const s = (ms: number) => (ms / 1000).toFixed(1).padStart(6);
  const per = (r: DailyRun) => (r.cpuMs.total / Math.max(1, r.articles)).toFixed(1);
  console.log(
    `sidecars: ${b.files} files, ${(b.articleBytes / 2 ** 20).toFixed(1)} MiB of articles -> ${(b.sidecarBytes / 2 ** 20).toFixed(1)} MiB of sidecars; ` +
      `ingest ${s(b.ingestCpuMs).trim()} s CPU (${b.ingestCpuMsPerFile.toFixed(1)} ms per file)`,
  );
  console.log('daily run (CPU s)   read  build render  total  ms/article  RSS MiB');
  for (const r of [b.raw, b.sidecars]) {
    console.log(
      `  ${r.mode.padEnd(16)}${s(r.cpuMs.read)}${s(r.cpuMs.build)}${s(r.cpuMs.render)}${s(r.cpuMs.total)}  ${per(r).padStart(10)}  ${r.peakRssMiB.toFixed(0).padStart(7)}`,
    );
  }
  console.log(`  digests identical: ${b.identical ? 'yes' : 'NO'}; from sidecars: ${b.sidecars.fromSidecars} of ${b.files} files`);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = arg('--dir');
  if (!dir) throw new Error('usage: bench/sidecars.ts --dir DAY [--sidecars DIR] [--json OUT]');
  const phase = arg('--phase');
  const sidecars = arg('--sidecars');
  const json = arg('--json');
  let value: unknown;
  if (phase === 'ingest') value = await ingestPhase(dir, sidecars!);
  else if (phase === 'daily') value = await dailyPhase(dir, arg('--mode') === 'sidecars' ? 'sidecars' : 'raw', sidecars!);
  else {
    const result = benchSidecars(path.resolve(dir), sidecars ? path.resolve(sidecars) : undefined);
    printSidecarBench(result);
    value = result;
    if (!result.identical) process.exitCode = 1;
  }
  if (json) writeFileSync(json, JSON.stringify(value));
}
