/** The bench's console tables: one row per N, times as `wall/cpu` seconds. */
import type { RunFigures } from './run.js';
import type { BundleFigures } from './bundle.js';

const s = (ms: number | undefined) => (ms === undefined ? '-' : ms >= 10_000 ? (ms / 1000).toFixed(0) : ms >= 1000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));
const pair = (wall: number | undefined, cpu: number | undefined) => `${s(wall)}/${s(cpu)}`;

const COLUMNS: [string, number, (r: RunFigures) => string][] = [
  ['N', 7, (r) => String(r.n)],
  ['art/s', 7, (r) => r.articlesPerSecond.toFixed(0)],
  ['total', 11, (r) => pair(r.measure.ms.total, r.measure.cpuMs.total)],
  ['read+parse', 11, (r) => pair(r.measure.ms.read, r.measure.cpuMs.read)],
  ['buildDigest', 11, (r) => pair(r.measure.ms.pipeline, r.measure.cpuMs.pipeline)],
  ['copies', 10, (r) => pair(r.measure.stages?.copies, r.measure.stagesCpu?.copies)],
  ['cluster', 10, (r) => pair(r.measure.stages?.cluster, r.measure.stagesCpu?.cluster)],
  ['statements', 11, (r) => pair(r.measure.stages?.statements, r.measure.stagesCpu?.statements)],
  ['figures', 10, (r) => pair(r.measure.stages?.figures, r.measure.stagesCpu?.figures)],
  ['render', 10, (r) => pair(r.measure.ms.render, r.measure.cpuMs.render)],
  ['mime', 10, (r) => pair(r.measure.ms.mime, r.measure.cpuMs.mime)],
  ['RSS MiB', 8, (r) => r.measure.peakRssMiB.toFixed(0)],
  ['ratio', 10, (r) => (r.ratioToPrevious === null ? '-' : `${r.ratioToPrevious.toFixed(1)}/${r.cpuRatioToPrevious?.toFixed(1)}`)],
  ['load 1m', 10, (r) => `${r.loadBefore[0]?.toFixed(1)}->${r.loadAfter[0]?.toFixed(1)}`],
  ['stories', 8, (r) => `${r.measure.stories}`],
  ['largest', 8, (r) => `${r.measure.clusters?.largestStory ?? '-'}`],
  ['B3 P/R', 10, (r) => (r.measure.clusters ? `${r.measure.clusters.precision.toFixed(2)}/${r.measure.clusters.recall.toFixed(2)}` : '-')],
];

export function printRuns(runs: readonly RunFigures[], o: { header: boolean }): void {
  if (o.header) console.log(COLUMNS.map(([name, w]) => name.padStart(w)).join(' '));
  for (const r of runs) console.log(COLUMNS.map(([, w, cell]) => cell(r).padStart(w)).join(' '));
}

export function printBundle(b: BundleFigures): void {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`\nbundle (${b.entry}, esbuild minified, platform node, ${b.format}, charset utf8):`);
  console.log(`  @aws-sdk/* external: ${kb(b.sdkExternalBytes)} (target <= 1 MB = 1024 KiB) ${b.sdkExternalBytes <= 1024 * 1024 ? 'OK' : 'OVER'}`);
  if (b.sourceMapBytes !== undefined) console.log(`  its source map (mappings only, parsed at load under --enable-source-maps): ${kb(b.sourceMapBytes)}`);
  console.log(`  with the SDK bundled (externalModules: []): ${kb(b.sdkBundledBytes)}`);
  console.log(`  mjml inputs in the bundle: ${b.mjmlInputs}`);
  console.log(`  biggest parts: ${b.topPackages.map((p) => `${p.name} ${kb(p.bytes)}`).join(', ')}`);
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `  cold import (fresh node, median of ${b.coldImportMs.runs.length}): ${ms(b.coldImportMs.median)} wall / ${ms(b.coldImportCpuMs.median)} CPU ` +
      `(target <= 100 ms: wall ${b.coldImportMs.median <= 100 ? 'OK' : 'OVER'}, CPU ${b.coldImportCpuMs.median <= 100 ? 'OK' : 'OVER'}; on a loaded machine wall stretches, CPU does not)`,
  );
  console.log(
    `  import + requiring the two SDK clients: ${ms(b.importWithSdkMs.median)} wall / ${ms(b.importWithSdkMs.cpuMedian)} CPU; ` +
      `the SDK clients alone: ${ms(b.sdkOnlyImportMs.median)} wall`,
  );
  const f = b.firstCall;
  if (f) {
    const phase = (p: { wallMs: number; cpuMs: number }) => `${ms(p.wallMs)} wall / ${ms(p.cpuMs)} CPU`;
    console.log(`  whole cold start, dry run on samples/ (${f.articles} files, in-memory S3 over loopback, median of ${f.runs}):`);
    console.log(`    import ${phase(f.import)}; first call ${phase(f.firstCall)}; import + first call ${phase(f.coldTotal)}; warm call ${phase(f.warmCall)}`);
  }
}
