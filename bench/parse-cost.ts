/**
 * What reading one file costs by format, on one thread: every file of a day parsed again with readArticle, timed
 * per file and summed per format. Web pages pay for a DOM and Readability (several times a text file's cost), so
 * the bench prints their cost per page apart: a day of JSON and text alone (`--no-html`) is the 10,000
 * article figure, and a day's HTML share adds about pages x ms/page over the threads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readArticle } from '../lambdas/pipeline/articles/index.js';

export type ParseCost = Record<string, { pages: number; ms: number }>;

/** Every file under `dir` (one folder level: the day's outlet folders), parsed and timed, by file extension. */
export function parseCost(dir: string): ParseCost {
  const out: ParseCost = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = readFileSync(file);
    const format = path.extname(entry.name).slice(1) || '(none)';
    const t0 = performance.now();
    readArticle({ id: path.relative(dir, file), bytes });
    const cost = (out[format] ??= { pages: 0, ms: 0 });
    cost.pages++;
    cost.ms += performance.now() - t0;
  }
  return out;
}

/** "html 3114 pages 1.66 ms/page, txt 5366 pages 0.21 ms/page, ..." */
export function describeParseCost(cost: ParseCost): string {
  return Object.entries(cost)
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([format, c]) => `${format} ${c.pages} pages ${(c.ms / c.pages).toFixed(2)} ms/page (${(c.ms / 1000).toFixed(1)} s)`)
    .join(', ');
}
