/**
 * `npm run bench -- --adversarial` (or `npx tsx bench/adversarial.ts [--base KB]`): inputs built to make a stage grow
 * faster than its size (issue 17's classes), each at 1x, 2x, 4x and 8x its base size, read and digested as a day of
 * one article (readArticle -> buildDigest -> renderEmail), in this process. Prints the time per size and the ratio
 * per doubling: linear work doubles (about 2); quadratic quadruples. A class over 2.5 is marked. Then one article of
 * 5 MiB of ordinary prose (the per-object cap), whose whole read and digest the issue bounds at 10 s. Each class runs
 * in a fresh process (a heap grown by the classes before it would stretch the largest sizes' garbage collection).
 *
 * Everything is generated here from a few invented sentences: no corpus is read, so the section runs anywhere.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readArticle } from '../lambdas/pipeline/articles/index.js';
import { buildDigest } from '../lambdas/pipeline/index.js';
import { renderEmail } from '../lambdas/render/index.js';

const PROSE = [
  'The harbour council approved the new ferry budget on Tuesday after a long night of debate.',
  '"We will not raise the fares this year," the mayor told reporters outside the town hall.',
  'Two new boats will join the route in March, according to the port authority, which runs the service.',
  'Opposition members said the plan left the northern villages without a winter crossing.',
];

/** A text of about `bytes` bytes built by repeating `unit`. */
const repeat = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/** The classes: a file name (its reader) and its bytes at a size. */
export const CLASSES: Readonly<Record<string, (bytes: number) => { name: string; text: string }>> = {
  'prose, paragraphs': (n) => ({ name: 'a.txt', text: `Harbour budget approved\n\n${repeat(PROSE.join(' ') + '\n\n', n)}` }),
  'one paragraph of short sentences': (n) => ({ name: 'a.txt', text: `Harbour budget approved\n\n${repeat('It rained. ', n)}` }),
  'a run of address characters': (n) => ({ name: 'a.txt', text: `Harbour budget approved\n\n${PROSE.join(' ')}\n\n${repeat('a.b-c_d+e', n)}\n` }),
  'unmatched quote marks': (n) => ({ name: 'a.txt', text: `Harbour budget approved\n\n${repeat('“He said ', n / 2)}${repeat('" and left. ', n / 2)}\n` }),
  'unclosed tags in JSON': (n) => ({ name: 'a.json', text: JSON.stringify({ title: 'Harbour budget approved', text: `${PROSE.join(' ')} ${repeat('<div>', n)}` }) }),
  'hard-wrapped lower-case lines': (n) => ({ name: 'a.txt', text: `Harbour budget approved\n\n${repeat('the council met again and the ferry plan was read out\n', n)}` }),
  'long runs of spaces and commas': (n) => ({ name: 'a.txt', text: `Harbour budget approved\n\n${PROSE.join(' ')}\n\nPort, ${' '.repeat(n / 2)}${','.repeat(n / 2)}x\n` }),
};

/** Reads and digests one file, in milliseconds. */
function digestOne(name: string, text: string): number {
  const t0 = performance.now();
  const read = readArticle({ id: `adversarial/${name}`, bytes: new TextEncoder().encode(text) });
  const digest = buildDigest(read.ok ? [read.article] : [], { date: '2026-03-14', skipped: read.ok ? [] : [read.skipped] });
  renderEmail(digest, { unsubscribeUrl: 'https://example.com/unsubscribe' });
  return performance.now() - t0;
}

export interface AdversarialRow {
  name: string;
  ms: number[];
  ratios: number[];
}

/** The cap an article may have (DEFAULT_MAX_BYTES): the size of the prose row. */
const PROSE_BYTES = 5 * 1024 * 1024;

/** The four times of one class, in this process (a warm-up run first, at a small size). */
function timeClass(name: string, sizes: readonly number[]): number[] {
  const make = CLASSES[name]!;
  digestOne(make(sizes[0]!).name, make(1024).text);
  return sizes.map((n) => digestOne(make(n).name, make(n).text));
}

/** timeClass in a fresh node process: `--one NAME --base BYTES` prints the times as JSON. */
function timeClassApart(name: string, baseBytes: number): number[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', name, '--base-bytes', String(baseBytes)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`adversarial class "${name}" failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as number[];
}

export function runAdversarial(
  baseBytes = 64 * 1024,
  log: (line: string) => void = console.log,
  proseBytes = PROSE_BYTES,
  { apart = true }: { apart?: boolean } = {},
): { rows: AdversarialRow[]; proseMiB5Ms: number } {
  const sizes = [1, 2, 4, 8].map((k) => k * baseBytes);
  log(`adversarial inputs: read + digest + render of one file at ${sizes.map((s) => `${s / 1024} KB`).join(', ')}; ratio per doubling (linear ~2, over 2.5 marked)`);
  const rows: AdversarialRow[] = [];
  for (const name of Object.keys(CLASSES)) {
    const ms = apart ? timeClassApart(name, baseBytes) : timeClass(name, sizes);
    const ratios = ms.slice(1).map((m, i) => m / Math.max(ms[i]!, 1));
    rows.push({ name, ms, ratios });
    const marked = ratios.some((r) => r > 2.5) ? '  <- grows faster than linear' : '';
    log(`  ${name.padEnd(34)} ${ms.map((m) => `${(m / 1000).toFixed(2)} s`.padStart(8)).join(' ')}   x ${ratios.map((r) => r.toFixed(1)).join(' ')}${marked}`);
  }
  const prose = CLASSES['prose, paragraphs']!(proseBytes - 1024);
  const proseMiB5Ms = digestOne(prose.name, prose.text);
  log(`  ${(proseBytes / 2 ** 20).toFixed(proseBytes < 2 ** 20 ? 2 : 0)} MiB of ordinary prose (5 MiB: the per-object cap): ${(proseMiB5Ms / 1000).toFixed(1)} s (target <= 10 s at 5 MiB)`);
  return { rows, proseMiB5Ms };
}

if (process.argv[1]?.endsWith('adversarial.ts')) {
  const arg = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
  const one = arg('--one');
  if (one !== undefined) {
    const base = Number(arg('--base-bytes'));
    console.log(JSON.stringify(timeClass(one, [1, 2, 4, 8].map((k) => k * base))));
  } else {
    const kb = arg('--base');
    runAdversarial(kb === undefined ? undefined : Number(kb) * 1024);
  }
}
