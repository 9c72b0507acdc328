/**
 * `npx tsx bench/compare.ts A.json B.json`: two bench results (bench/results/*.json) side by side, per N and
 * per step, with B's change relative to A. CPU time is the fairer figure when the machine was loaded
 * differently during the two runs (the load average of each run is printed beside it).
 */
import { readFileSync } from 'node:fs';
import type { BenchResult, RunFigures } from './run.js';

const [fileA, fileB] = process.argv.slice(2);
if (!fileA || !fileB) {
  console.error('usage: npx tsx bench/compare.ts A.json B.json');
  process.exit(2);
}
const load = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as BenchResult;
const a = load(fileA);
const b = load(fileB);

export function change(before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined || !Number.isFinite(before) || !Number.isFinite(after)) return '-';
  if (before === 0) return after === 0 ? '0%' : 'new';
  const pct = (100 * (after - before)) / before;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

const row = (label: string, x: number | undefined, y: number | undefined, unit: string, scale = 1) =>
  console.log(
    `  ${label.padEnd(22)} ${x === undefined ? '-'.padStart(10) : (x / scale).toFixed(2).padStart(10)} ${y === undefined ? '-'.padStart(10) : (y / scale).toFixed(2).padStart(10)} ${unit.padEnd(4)} ${change(x, y).padStart(9)}`,
  );

console.log(`A: ${fileA} (commit ${a.commit ?? '?'}, ${a.startedAt})`);
console.log(`B: ${fileB} (commit ${b.commit ?? '?'}, ${b.startedAt})`);
if (a.seed !== b.seed) console.log(`note: different seeds (${a.seed} vs ${b.seed}): the days differ`);
if (a.generator !== b.generator) console.log(`note: different generator versions (${a.generator ?? 1} vs ${b.generator ?? 1}): the days differ`);

const steps: [string, (r: RunFigures) => number | undefined][] = [
  ['total', (r) => r.measure.ms.total],
  ['read+parse', (r) => r.measure.ms.read],
  ['buildDigest', (r) => r.measure.ms.pipeline],
  ['render', (r) => r.measure.ms.render],
  ['mime', (r) => r.measure.ms.mime],
  ...(['copies', 'cluster', 'statements', 'figures'] as const).map(
    (st) => [`stage ${st}`, (r: RunFigures) => r.measure.stages?.[st]] as [string, (r: RunFigures) => number | undefined],
  ),
];
const cpuSteps: [string, (r: RunFigures) => number | undefined][] = [
  ['total', (r) => r.measure.cpuMs.total],
  ['buildDigest', (r) => r.measure.cpuMs.pipeline],
  ...(['copies', 'cluster', 'statements', 'figures'] as const).map(
    (st) => [`stage ${st}`, (r: RunFigures) => r.measure.stagesCpu?.[st]] as [string, (r: RunFigures) => number | undefined],
  ),
];

for (const n of [...new Set([...a.runs, ...b.runs].map((r) => r.n))].sort((x, y) => x - y)) {
  const ra = a.runs.find((r) => r.n === n);
  const rb = b.runs.find((r) => r.n === n);
  console.log(`\nN=${n}   ${''.padEnd(15)} ${'A'.padStart(10)} ${'B'.padStart(10)}      change   (load 1m: A ${ra?.loadBefore[0]?.toFixed(1) ?? '-'}, B ${rb?.loadBefore[0]?.toFixed(1) ?? '-'})`);
  row('articles/s', ra?.articlesPerSecond, rb?.articlesPerSecond, '');
  for (const [label, get] of steps) row(`${label} wall`, ra && get(ra), rb && get(rb), 's', 1000);
  for (const [label, get] of cpuSteps) row(`${label} CPU`, ra && get(ra), rb && get(rb), 's', 1000);
  row('peak RSS', ra?.measure.peakRssMiB, rb?.measure.peakRssMiB, 'MiB');
  row('growth vs previous N', ra?.ratioToPrevious ?? undefined, rb?.ratioToPrevious ?? undefined, 'x');
  row('stories found', ra?.measure.stories, rb?.measure.stories, '');
}

if (a.bundle || b.bundle) {
  console.log('\nbundle');
  row('size, SDK external', a.bundle?.sdkExternalBytes, b.bundle?.sdkExternalBytes, 'KiB', 1024);
  row('size, SDK bundled', a.bundle?.sdkBundledBytes, b.bundle?.sdkBundledBytes, 'KiB', 1024);
  row('cold import median', a.bundle?.coldImportMs.median, b.bundle?.coldImportMs.median, 'ms');
}
