/**
 * `npx tsx bench/render.ts [STORIES] [RUNS]`: how long filling the compiled template takes for a day of
 * STORIES stories (default 30), warm (after a warm-up), over RUNS runs (default 2000). Prints the median and
 * p95 of three measures:
 *   template   digestTemplate(view): the precompiled Handlebars template alone (the target: < 5 ms)
 *   html       renderHtml: view model + template + size budget check
 *   email      renderEmail: subject, preheader, HTML and text part
 * A benchmark, not a test: no test times anything (a shared CI machine makes timings noisy).
 */
import { performance } from 'node:perf_hooks';
import { compileTemplates } from '../scripts/compile-templates.js';
import { generatedDigest } from '../test/unit/render/generate.js';

const stories = Number(process.argv[2] ?? 30);
const runs = Number(process.argv[3] ?? 2000);
const OPTS = { unsubscribeUrl: 'https://digest.example/unsubscribe?t=token', archiveUrl: 'https://digest.example/2025-03-14' };

await compileTemplates();
const [{ digestTemplate }, { renderHtml }, { renderEmail }, { toViewModel }] = await Promise.all([
  import('../lambdas/render/generated/digest-template.js'),
  import('../lambdas/render/html.js'),
  import('../lambdas/render/index.js'),
  import('../lambdas/render/view-model.js'),
]);

const digest = generatedDigest(stories);
const view = toViewModel(digest, OPTS);

function measure(fn: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < Math.min(200, runs); i++) fn(); // warm-up: JIT, inline caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const html = digestTemplate(view);
const rows = [
  ['template', measure(() => digestTemplate(view))],
  ['html', measure(() => renderHtml(digest, OPTS))],
  ['email', measure(() => renderEmail(digest, OPTS))],
] as const;

console.log(`render benchmark: ${stories} stories, ${runs} warm runs, HTML ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB, node ${process.version}`);
for (const [name, { median, p95 }] of rows) {
  console.log(`${name.padEnd(9)} median ${median.toFixed(3)} ms   p95 ${p95.toFixed(3)} ms`);
}
