/**
 * `npx tsx bench/compare.ts A.json B.json`: two bench results (bench/results/*.json) side by side, per N and
 * per step, with B's change relative to A. CPU time is the fairer figure when the machine was loaded
 * differently during the two runs (the load average of each run is printed beside it). Runs are compared like
 * with like: the same generator mode and N (results written before the modes are mixed days).
 */
import { readFileSync } from 'node:fs';
import type { BenchResult, RunFigures } from './run.js';
import type { DayMode } from './generator/day.js';

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
const versionOf = (r: BenchResult, mode: DayMode) => r.generators?.[mode] ?? (mode === 'mixed' ? (r.generator ?? 1) : undefined);
const modeOf = (r: RunFigures): DayMode => r.mode ?? 'mixed';

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

const quality: [string, (r: RunFigures) => number | undefined, string?][] = [
  ['story B3 F1', (r) => r.measure.clusters?.bcubed?.f1],
  ['dup statements %', (r) => (r.measure.duplicates ? (100 * r.measure.duplicates.identical) / r.measure.duplicates.statements : undefined)],
  ['near-dup statements %', (r) => (r.measure.duplicates ? (100 * r.measure.duplicates.near) / r.measure.duplicates.statements : undefined)],
  ['recall verbatim', (r) => r.measure.recall?.verbatim ?? undefined],
  ['recall reworded', (r) => r.measure.recall?.reworded ?? undefined],
  ['real articles skipped', (r) => r.measure.skips?.real],
  ['peer B3 F1', (r) => (r.peer?.ran ? r.peer.figures.bcubed?.f1 : undefined)],
  ['peer wall', (r) => (r.peer?.ran ? r.peer.figures.ms.total / 1000 : undefined), 's'],
  ['peer CPU', (r) => (r.peer?.ran ? r.peer.figures.cpuMs.total / 1000 : undefined), 's'],
];

const keys = [...new Map([...a.runs, ...b.runs].map((r) => [`${modeOf(r)} ${r.n}`, [modeOf(r), r.n] as const])).values()];
keys.sort((x, y) => x[0].localeCompare(y[0]) || x[1] - y[1]);
for (const [mode, n] of keys) {
  const ra = a.runs.find((r) => modeOf(r) === mode && r.n === n);
  const rb = b.runs.find((r) => modeOf(r) === mode && r.n === n);
  console.log(`\n${mode} N=${n}   ${''.padEnd(15 - mode.length)} ${'A'.padStart(10)} ${'B'.padStart(10)}      change   (load 1m: A ${ra?.loadBefore[0]?.toFixed(1) ?? '-'}, B ${rb?.loadBefore[0]?.toFixed(1) ?? '-'})`);
  if (ra && rb && versionOf(a, mode) !== versionOf(b, mode)) {
    console.log(`  note: different ${mode} generator versions (${versionOf(a, mode) ?? '?'} vs ${versionOf(b, mode) ?? '?'}): the days differ`);
  }
  row('articles/s', ra?.articlesPerSecond, rb?.articlesPerSecond, '');
  for (const [label, get] of steps) row(`${label} wall`, ra && get(ra), rb && get(rb), 's', 1000);
  for (const [label, get] of cpuSteps) row(`${label} CPU`, ra && get(ra), rb && get(rb), 's', 1000);
  row('peak RSS', ra?.measure.peakRssMiB, rb?.measure.peakRssMiB, 'MiB');
  row('growth vs previous N', ra?.ratioToPrevious ?? undefined, rb?.ratioToPrevious ?? undefined, 'x');
  row('stories found', ra?.measure.stories, rb?.measure.stories, '');
  for (const [label, get, unit] of quality) row(label, ra && get(ra), rb && get(rb), unit ?? '');
}

if (a.bundle || b.bundle) {
  console.log('\nbundle');
  row('size, SDK external', a.bundle?.sdkExternalBytes, b.bundle?.sdkExternalBytes, 'KiB', 1024);
  row('size, SDK bundled', a.bundle?.sdkBundledBytes, b.bundle?.sdkBundledBytes, 'KiB', 1024);
  row('cold import median', a.bundle?.coldImportMs.median, b.bundle?.coldImportMs.median, 'ms');
}
