/**
 * `npm run bench` (N = 1,000 and 10,000) and `npm run bench:large` (adds 100,000): builds a realistic day of N
 * articles from ../shared/corpora in a temp folder, runs the whole local path on it in a fresh process per N,
 * prints articles/s, time per step and per pipeline stage (wall and CPU), peak RSS and growth from one N to the
 * next, then the digest handler bundle's size and cold import time. Writes everything to
 * bench/results/<timestamp>.json; `npx tsx bench/compare.ts A.json B.json` compares two runs.
 *
 * Per generator mode (bench/generator/: mixed, big, ecb) and N it also prints the quality against the generator's
 * truth (story B-cubed, duplicate statements, merge recall of copies of a sentence, real articles skipped) and the
 * peer's figures on the same day (bench/peer.py: scikit-learn TF-IDF + average-link clustering).
 *
 * Options: --modes mixed,big,ecb   --sizes 1000,10000   --large (adds 100000)   --seed 42   --corpora DIR
 * --no-stages (skip the per-stage replica: half the time, clean peak RSS)   --profile (node --cpu-prof per N,
 * prints the hot spots)   --no-peer   --no-bundle   --no-s3 (skip the S3 read comparison)   --keep (keep the
 * generated days and their truth files)   --sidecars (also the ingest mode: bench/sidecars.ts per N)   --no-html
 * (days of JSON and text alone: the outlets that would publish web pages paste text)   --adversarial (each hostile
 * input class at 1x, 2x, 4x, 8x with the time ratio per doubling, and 5 MiB of prose: bench/adversarial.ts;
 * `npx tsx bench/adversarial.ts` runs that section alone)
 *
 * A benchmark measures; no test times anything. The machine may be shared: the load average is recorded beside
 * every figure, and CPU time (user + system of the measuring process) is printed beside wall time.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadSources, MissingCorporaError, type SourceSet } from './generator/sources.js';
import { DAY_MODES, generateDay, GENERATOR_VERSION, GENERATOR_VERSIONS, type DayMode } from './generator/day.js';
import { writeDay, type DayStats } from './generator/write.js';
import { readTruth, truthPath } from './generator/truth.js';
import { storiesOf } from './quality.js';
import { ensurePeer, PEER_MAX_ARTICLES, runPeer, type PeerRun } from './peer.js';
import type { MeasureResult } from './measure.js';
import { describeParseCost } from './parse-cost.js';
import { runAdversarial } from './adversarial.js';
import { measureBundle, type BundleFigures } from './bundle.js';
import { hotSpots, inclusiveTimes, type HotSpot } from './profile.js';
import { STAGES } from './stages.js';
import { printBundle, printQuality, printQualityLegend, printRuns } from './report.js';
import { benchSidecars, printSidecarBench, type SidecarBench } from './sidecars.js';
import { measureS3Read, printS3Read, type S3ReadFigures } from './s3-read.js';

export interface RunFigures {
  /** Generator mode of the day (results written before the modes: mixed). */
  mode?: DayMode;
  n: number;
  generated: DayStats;
  generateMs: number;
  /** os.loadavg() (1, 5, 15 min) before and after the measurement: a loaded machine stretches wall times. */
  loadBefore: number[];
  loadAfter: number[];
  measure: MeasureResult;
  articlesPerSecond: number;
  /** total wall (and CPU) time of this N over the previous N's, null for the first. */
  ratioToPrevious: number | null;
  cpuRatioToPrevious: number | null;
  hotSpots?: HotSpot[];
  /** Inclusive CPU-profile milliseconds of the pipeline's step functions (bench/profile.ts STEP_FUNCTIONS). */
  inclusiveMs?: Record<string, number>;
  /** With --sidecars: ingest cost per article and the daily run from raw files vs from sidecars. */
  sidecars?: SidecarBench;
  /** bench/peer.py on the same day (null with --no-peer). */
  peer?: PeerRun | null;
}

export interface BenchResult {
  version: 1;
  startedAt: string;
  commit: string | null;
  node: string;
  cpus: number;
  cpuModel: string;
  seed: number;
  /** bench/generator/day.ts GENERATOR_VERSION (the mixed day's): the same version, seed and N give the same day. */
  generator: number;
  /** Per mode (GENERATOR_VERSIONS); absent in results written before the modes. */
  generators?: Record<DayMode, number>;
  /** False with --no-html: days of JSON and text alone (absent in results written before the option: true). */
  html?: boolean;
  runs: RunFigures[];
  bundle: BundleFigures | null;
  /** Reading 2,000 objects from s3rver, bounded concurrency vs sequential (bench/s3-read.ts); null with --no-s3. */
  s3Read?: S3ReadFigures | null;
  /** With --adversarial: each hostile input class at 1x-8x (bench/adversarial.ts). */
  adversarial?: ReturnType<typeof runAdversarial>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const modes = (option('--modes') ?? DAY_MODES.join(',')).split(',').filter(Boolean) as DayMode[];
const unknownMode = modes.find((m) => !DAY_MODES.includes(m));
if (unknownMode !== undefined || modes.length === 0) {
  console.error(`bench: --modes takes ${DAY_MODES.join(',')} (any of them, comma-separated), got ${option('--modes')}`);
  process.exit(2);
}
const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (flag('--large') && !sizes.includes(100_000)) sizes.push(100_000);
const seed = Number(option('--seed') ?? 42);
const corporaDir = path.resolve(ROOT, option('--corpora') ?? '../shared/corpora');

let sources: SourceSet;
try {
  sources = loadSources(corporaDir);
} catch (err) {
  if (err instanceof MissingCorporaError) {
    console.error(`bench: ${err.message}`);
    process.exit(2);
  }
  throw err;
}

// The render step and the handler bundle need the precompiled email template (as `npm run digest` does).
const { compileTemplates } = await import('../scripts/compile-templates.js');
await compileTemplates();

const work = path.join(os.tmpdir(), 'news-digest-bench');
mkdirSync(work, { recursive: true });
const result: BenchResult = {
  version: 1,
  startedAt: new Date().toISOString(),
  commit: gitCommit(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  seed,
  generator: GENERATOR_VERSION,
  generators: { ...GENERATOR_VERSIONS },
  html: !flag('--no-html'),
  runs: [],
  bundle: null,
  s3Read: null,
};
console.log(`news-digest bench: modes ${modes.join(', ')}, N = ${sizes.join(', ')}, seed ${seed}, node ${process.version}, ${result.cpus} CPUs, commit ${result.commit ?? '?'}`);
console.log(`corpora: ${corporaDir} (${sources.events.length} events, ${sources.events.reduce((a, e) => a + e.docs.length, 0)} reports); days in ${work}`);

const peerSkip = flag('--no-peer') ? 'not run (--no-peer)' : ensurePeer();
if (peerSkip !== null) console.log(`peer: ${peerSkip}`);

for (const mode of modes) {
  for (const n of sizes) {
    const run = benchDay(mode, n);
    if (run === null) break;
    result.runs.push(run);
    printRuns([run], { header: true });
    printQuality([run], { header: true });
    if (!flag('--keep')) rmSync(path.join(work, `${mode}-seed${seed}-n${n}`), { recursive: true, force: true });
  }
}

/** Generates the day of `mode` and `n` articles with its truth, measures it in a child process, runs the peer. */
function benchDay(mode: DayMode, n: number): RunFigures | null {
  const dir = path.join(work, `${mode}-seed${seed}-n${n}`);
  const truth = truthPath(dir);
  const t0 = performance.now();
  const generated = writeDay(generateDay(sources, { articles: n, seed, mode, html: result.html !== false }), dir, {
    truth,
    header: { mode, seed, n, generator: GENERATOR_VERSIONS[mode], html: result.html !== false },
  });
  const generateMs = performance.now() - t0;
  console.log(
    `\n${mode} N=${n}: generated ${generated.articles} files (${(generated.bytes / 2 ** 20).toFixed(1)} MiB, ${generated.stories} stories, ` +
      `${generated.singleOutletStories} single-outlet, ${generated.wireCopies} wire copies, ${generated.reprints} reprints, ` +
      `${generated.oneSentence} one-sentence; ${Object.entries(generated.formats).map(([f, k]) => `${k} ${f}`).join(', ')}) in ${(generateMs / 1000).toFixed(1)} s; measuring...`,
  );

  const out = path.join(work, `result-${process.pid}-${mode}-${n}.json`);
  const profDir = path.join(work, `profile-${process.pid}-${mode}-${n}`);
  const nodeArgs = ['--import', 'tsx', ...(flag('--profile') ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [])];
  const loadBefore = os.loadavg();
  const child = spawnSync(process.execPath, [...nodeArgs, path.join(ROOT, 'bench/measure.ts'), '--dir', dir, '--truth', truth, '--out', out, ...(flag('--no-stages') ? ['--no-stages'] : [])], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const loadAfter = os.loadavg();
  if (child.status !== 0) {
    console.error(`bench: the measurement for ${mode} N=${n} failed (exit ${child.status ?? child.signal}); stopping this mode.`);
    return null;
  }
  const measure = JSON.parse(readFileSync(out, 'utf8')) as MeasureResult;
  rmSync(out, { force: true });
  if (measure.parseCost) console.log(`parse, one thread: ${describeParseCost(measure.parseCost)}`);
  const previous = result.runs.filter((r) => (r.mode ?? 'mixed') === mode).at(-1);
  const run: RunFigures = {
    mode,
    n,
    generated,
    generateMs,
    loadBefore,
    loadAfter,
    measure,
    articlesPerSecond: measure.articlesRead / (measure.ms.total / 1000),
    ratioToPrevious: previous ? measure.ms.total / previous.measure.ms.total : null,
    cpuRatioToPrevious: previous ? measure.cpuMs.total / previous.measure.cpuMs.total : null,
    peer: null,
  };
  if (flag('--profile')) {
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (file) {
      const kept = path.join(work, `${mode}-n${n}-${Date.now()}.cpuprofile`);
      writeFileSync(kept, readFileSync(path.join(profDir, file)));
      run.hotSpots = hotSpots(kept, 15);
      console.log(`profile: ${kept} (open in Chrome DevTools); top self time:`);
      for (const h of run.hotSpots) console.log(`  ${h.selfMs.toFixed(0).padStart(8)} ms ${(100 * h.share).toFixed(1).padStart(5)}%  ${h.fn}`);
      run.inclusiveMs = inclusiveTimes(kept);
      console.log(`inclusive (buildDigest + replica): ${Object.entries(run.inclusiveMs).map(([f, ms]) => `${f} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    }
    rmSync(profDir, { recursive: true, force: true });
  }
  if (peerSkip === null) {
    console.log(`peer: scikit-learn TF-IDF + average link on the same day...`);
    run.peer = runPeer(ROOT, dir, n, n > PEER_MAX_ARTICLES ? null : storiesOf(readTruth(truth)));
  } else {
    run.peer = { ran: false, reason: peerSkip };
  }
  if (flag('--sidecars')) printSidecarBench((run.sidecars = benchSidecars(dir)));
  if (!flag('--keep')) rmSync(truth, { force: true });
  return run;
}

console.log('\nsummary');
printRuns(result.runs, { header: true });
if (result.runs.some((r) => r.measure.stagesMatch === false)) {
  console.log('WARNING: the stage replica (bench/stages.ts) no longer matches buildDigest: the per-stage split is indicative only.');
}
console.log(`stages: ${STAGES.join(', ')} (bench/stages.ts); times in seconds, wall / CPU.`);
console.log('\nquality against the generator\'s truth, and the peer on the same day');
printQuality(result.runs, { header: true });
printQualityLegend();

if (!flag('--no-bundle')) {
  result.bundle = await measureBundle(ROOT);
  printBundle(result.bundle);
}

if (!flag('--no-s3')) {
  result.s3Read = await measureS3Read(ROOT);
  printS3Read(result.s3Read);
}

if (flag('--adversarial')) {
  console.log('');
  result.adversarial = runAdversarial();
}

const resultsDir = path.join(ROOT, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${result.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
console.log(`\nwrote ${path.relative(ROOT, file)}`);
