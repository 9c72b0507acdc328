/** The bench's console tables: one row per mode and N, times as `wall/cpu` seconds; the quality beside. */
import type { RunFigures } from './run.js';
import type { BundleFigures } from './bundle.js';
import type { BCubed } from './bcubed.js';

const s = (ms: number | undefined) => (ms === undefined ? '-' : ms >= 10_000 ? (ms / 1000).toFixed(0) : ms >= 1000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));
const pair = (wall: number | undefined, cpu: number | undefined) => `${s(wall)}/${s(cpu)}`;

type Column = [string, number, (r: RunFigures) => string];

const modeColumn: Column = ['mode', 6, (r) => r.mode ?? 'mixed'];

const COLUMNS: Column[] = [
  modeColumn,
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
];

const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);
const share = (x: number | null | undefined) => (x === null || x === undefined ? '-' : `${(100 * x).toFixed(1)}`);
const prf = (b: BCubed | null | undefined) => (b ? `${b.precision.toFixed(3)}/${b.recall.toFixed(3)}/${b.f1.toFixed(3)}` : '-');
const peerOf = (r: RunFigures) => (r.peer?.ran ? r.peer.figures : null);

/** Quality per mode and N: the digest against the truth, then the peer on the same day (legend: printQualityLegend). */
const QUALITY: Column[] = [
  modeColumn,
  ['N', 7, (r) => String(r.n)],
  ['stories/true', 12, (r) => `${r.measure.stories}/${r.generated.stories}`],
  ['largest', 7, (r) => String(r.measure.clusters?.largestStory ?? '-')],
  ['B3 P/R/F1', 17, (r) => prf(r.measure.clusters?.bcubed)],
  ['dup ident', 9, (r) => (r.measure.duplicates ? pct(r.measure.duplicates.identical, r.measure.duplicates.statements) : '-')],
  ['dup near', 8, (r) => (r.measure.duplicates ? pct(r.measure.duplicates.near, r.measure.duplicates.statements) : '-')],
  ['split', 5, (r) => String(r.measure.duplicates?.largestSplit ?? '-')],
  ['recall verb/rew', 15, (r) => (r.measure.recall ? `${share(r.measure.recall.verbatim)}/${share(r.measure.recall.reworded)}` : '-')],
  ['unmatched', 9, (r) => (r.measure.recall ? pct(r.measure.recall.sentences - r.measure.recall.matched, r.measure.recall.sentences) : '-')],
  ['skip/real', 9, (r) => `${r.measure.skipped}/${r.measure.skips?.real ?? '-'}`],
  ['peer P/R/F1', 17, (r) => (peerOf(r) ? prf(peerOf(r)!.bcubed) : r.peer ? 'not run' : '-')],
  ['peer st', 7, (r) => String(peerOf(r)?.stories ?? '-')],
  ['peer wall/CPU', 13, (r) => (peerOf(r) ? pair(peerOf(r)!.ms.total, peerOf(r)!.cpuMs.total) : '-')],
  ['peer RSS', 8, (r) => peerOf(r)?.peakRssMiB.toFixed(0) ?? '-'],
  ['ours/peer', 9, (r) => (peerOf(r) ? `${(r.measure.ms.total / peerOf(r)!.ms.total).toFixed(2)}/${(r.measure.cpuMs.total / peerOf(r)!.cpuMs.total).toFixed(2)}` : '-')],
];

function printTable(columns: readonly Column[], runs: readonly RunFigures[], o: { header: boolean }): void {
  if (o.header) console.log(columns.map(([name, w]) => name.padStart(w)).join(' '));
  for (const r of runs) console.log(columns.map(([, w, cell]) => cell(r).padStart(w)).join(' '));
}

export function printRuns(runs: readonly RunFigures[], o: { header: boolean }): void {
  printTable(COLUMNS, runs, o);
}

export function printQuality(runs: readonly RunFigures[], o: { header: boolean }): void {
  printTable(QUALITY, runs, o);
  for (const r of runs) {
    if (r.peer && !r.peer.ran) console.log(`  ${r.mode ?? 'mixed'} N=${r.n}: peer ${r.peer.reason}`);
    const real = r.measure.skips;
    if (real && real.real > 0) {
      console.log(`  ${r.mode ?? 'mixed'} N=${r.n}: ${real.real} real articles skipped (${Object.entries(real.realByKind).map(([k, v]) => `${k} ${v}`).join(', ')}), e.g. ${real.sample.slice(0, 2).map((x) => `${x.id} (${x.kind}): ${x.reason}`).join('; ')}`);
    }
  }
}

export function printQualityLegend(): void {
  console.log(
    [
      'stories/true: stories found / stories the generator wrote; B3: B-cubed precision/recall/F1 against them (a skipped article counts as a story of its own);',
      'dup ident / near: statements sharing a normalised text / a text of word-set Jaccard >= 0.9 (MinHash + LSH, identical included) with another statement of their story;',
      'split: most statements one sentence became in one story; recall verb/rew: % of the verbatim / reworded copies of a source sentence in the statement holding most of them;',
      'unmatched: emitted sentences no digest variant matches by normalised text (re-split, joined into a quote, dropped); skip/real: files skipped / of them real articles (must be 0);',
      'peer: bench/peer.py (scikit-learn TF-IDF + average link, threshold tuned on ECB+), read + cluster without imports; ours/peer: whole path wall / CPU over the peer\'s.',
    ].join('\n'),
  );
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
