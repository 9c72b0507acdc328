/**
 * One benchmark run over one generated day, in its own process so its peak RSS is its own:
 *   `node --import tsx bench/measure.ts --dir DAY --out RESULT.json [--truth FILE] [--no-stages] [--workers N]`
 * Runs the path the CLI runs (FsArticleSource -> readDay -> buildDigest -> renderEmail -> buildMime), timing
 * each step, then (unless --no-stages) the stage-by-stage replica of buildDigest for the per-stage times and each
 * file parsed again on one thread for the cost per page by format (bench/parse-cost.ts).
 * Like the CLI, the path runs on N worker threads (default: the available cores, capped; lambdas/parallel/):
 * read parses on them, pipeline builds the stories on them (the pool's start is in read, its close in pipeline).
 * CPU figures are the whole process's, every thread included. The stage replica stays single-threaded: its stage
 * times are what each stage costs, and its digest must still equal the parallel path's.
 *
 * Then, outside every time and the peak RSS, the quality figures (bench/quality.ts) against the generator's truth
 * (`--truth FILE`, default `<DAY>.truth.jsonl` beside the folder when it exists; without one, only the duplicate
 * statements and the story sizes): story B-cubed, duplicate statements, merge recall, real articles skipped.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { FsArticleSource } from '../lambdas/io/fs-source.js';
import { readDay, takePlanning } from '../lambdas/digest/read-day.js';
import { publicationDay } from '../lambdas/digest/run.js';
import { buildDigest } from '../lambdas/pipeline/index.js';
import { buildDigestInPool, createDigestPool, defaultWorkers } from '../lambdas/parallel/index.js';
import { renderEmail } from '../lambdas/render/index.js';
import { buildMime } from '../lambdas/render/mime.js';
import { stagedDigest, type StageTimes } from './stages.js';
import { checkClusters, type ClusterCheck } from './bcubed.js';
import { jsonSha256 } from './json-hash.js';
import { parseCost, type ParseCost } from './parse-cost.js';
import { readTruth, truthPath } from './generator/truth.js';
import { duplicateStatements, mergeRecall, skipCheck, storiesOf, type DuplicateStatements, type MergeRecall, type SkipCheck } from './quality.js';

export interface PathTimes {
  /** Listing, reading and parsing every file (readDay over FsArticleSource). */
  read: number;
  /** buildDigest as a whole. */
  pipeline: number;
  render: number;
  mime: number;
  /** read + pipeline + render + mime: the whole local path. */
  total: number;
}

export interface MeasureResult {
  /** Worker threads of the whole path (1: all in the main thread, as the Lambda runs). */
  workers: number;
  articlesRead: number;
  skipped: number;
  /** The first few skipped files with reasons: a generated day should have (almost) none. */
  skippedSample: { id: string; reason: string }[];
  stories: number;
  /** Clustering against the generator's stories (B-cubed, null without a truth file) and the sizes of the stories found. */
  clusters: ClusterCheck;
  /** Each statement once: statements of a story sharing a (near-)identical text (bench/quality.ts). */
  duplicates: DuplicateStatements;
  /** Against the truth (null without one): every copy of a source sentence in one statement. */
  recall: MergeRecall | null;
  /** Skipped files that are real articles per the truth (null without one). */
  skips: SkipCheck | null;
  /** CPU milliseconds the quality figures took (after every timed step, outside the peak RSS). */
  qualityCpuMs: number;
  statementsMerged: number;
  htmlBytes: number;
  mimeBytes: number;
  /** Wall time. */
  ms: PathTimes;
  /** CPU time of the process (user + system): what the work costs when the machine is shared and loaded. */
  cpuMs: PathTimes;
  /** Per pipeline stage (see bench/stages.ts), wall and CPU, null with --no-stages. */
  stages: StageTimes | null;
  stagesCpu: StageTimes | null;
  /** False when the replica's stories differ from buildDigest's: the stage split is then not trustworthy. */
  stagesMatch: boolean | null;
  /** Reading each file again on one thread, by format (bench/parse-cost.ts); null with --no-stages. */
  parseCost: ParseCost | null;
  /** process.resourceUsage().maxRSS after the whole path, and at the end (after the stage replica), in MiB. */
  peakRssMiB: number;
  peakRssEndMiB: number;
  /** Current RSS and V8 heap in use right after each step (MiB): which step's data stays resident. */
  afterStepMiB: Record<'read' | 'pipeline' | 'render', { rss: number; heapUsed: number }>;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = arg('--dir');
const out = arg('--out');
if (!dir || !out) throw new Error('usage: measure.ts --dir DAY --out RESULT.json [--truth FILE] [--no-stages] [--workers N]');
const truthFile = arg('--truth') ?? (existsSync(truthPath(dir)) ? truthPath(dir) : undefined);
const workers = arg('--workers') === undefined ? defaultWorkers() : Number(arg('--workers'));
if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a whole number >= 1, got ${arg('--workers')}`);
console.log(`measure: whole path on ${workers} worker thread${workers === 1 ? ' (none: main thread only)' : 's'}`);

const cpu = {} as PathTimes;
const afterStepMiB = {} as MeasureResult['afterStepMiB'];
const snapshot = (step: keyof MeasureResult['afterStepMiB']) => {
  const m = process.memoryUsage();
  afterStepMiB[step] = { rss: m.rss / 2 ** 20, heapUsed: m.heapUsed / 2 ** 20 };
};
const clock = async <T>(step: keyof PathTimes, fn: () => T | Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await fn();
  const c = process.cpuUsage(c0);
  cpu[step] = (c.user + c.system) / 1000;
  return [value, performance.now() - t0];
};

const [{ day, pool }, read] = await clock('read', async () => {
  const pool = workers > 1 ? createDigestPool({ size: workers }) : null;
  return { pool, day: await readDay(new FsArticleSource(dir), pool ? { parse: pool.parse, concurrency: pool.readConcurrency } : {}) };
});
snapshot('read');
const date = publicationDay(day.articles) ?? '2026-03-14';
const [digest, pipeline] = await clock('pipeline', async () => {
  if (!pool) return buildDigest(day.articles, { date, skipped: day.skipped });
  try {
    // As the CLI: planning reads what the parse workers computed of each article (stories/planning-input.ts).
    return await buildDigestInPool(pool, day.articles, { date, skipped: day.skipped, ...takePlanning(day) });
  } finally {
    await pool.close();
  }
});
snapshot('pipeline');
const links = { unsubscribeUrl: 'https://example.com/unsubscribe' };
const [email, render] = await clock('render', () => renderEmail(digest, links));
snapshot('render');
const [mime, mimeMs] = await clock('mime', () =>
  buildMime({ from: 'digest@example.com', to: 'reader@example.com', subject: email.subject, html: email.html, text: email.text, date: new Date(0) }),
);
const peakRssMiB = process.resourceUsage().maxRSS / 1024;

cpu.total = cpu.read + cpu.pipeline + cpu.render + cpu.mime;

let stages: StageTimes | null = null;
let stagesCpu: StageTimes | null = null;
let stagesMatch: boolean | null = null;
let parse: ParseCost | null = null;
if (!process.argv.includes('--no-stages')) {
  const staged = stagedDigest(day.articles, date);
  stages = staged.ms;
  stagesCpu = staged.cpuMs;
  stagesMatch = jsonSha256(staged.digest.stories) === jsonSha256(digest.stories);
  parse = parseCost(dir);
}

const peakRssEndMiB = process.resourceUsage().maxRSS / 1024;

// The quality figures, after the timed path and the stage replica: they change no time and no peak above.
const q0 = process.cpuUsage();
const truth = truthFile === undefined ? null : readTruth(truthFile);
const clusters = checkClusters(
  digest.stories.map((s) => s.articles.map((a) => a.id)),
  truth && storiesOf(truth),
);
const duplicates = duplicateStatements(digest);
const recall = truth && mergeRecall(digest, truth);
const skips = truth && skipCheck(digest, truth);
const q = process.cpuUsage(q0);

const result: MeasureResult = {
  workers,
  articlesRead: day.articles.length,
  skipped: day.skipped.length,
  skippedSample: day.skipped.slice(0, 5),
  stories: digest.stats.stories,
  clusters,
  duplicates,
  recall,
  skips,
  qualityCpuMs: (q.user + q.system) / 1000,
  statementsMerged: digest.stats.statementsMerged,
  htmlBytes: Buffer.byteLength(email.html),
  mimeBytes: mime.byteLength,
  ms: { read, pipeline, render, mime: mimeMs, total: read + pipeline + render + mimeMs },
  cpuMs: cpu,
  stages,
  stagesCpu,
  stagesMatch,
  parseCost: parse,
  peakRssMiB,
  peakRssEndMiB,
  afterStepMiB,
};
writeFileSync(out, JSON.stringify(result));
