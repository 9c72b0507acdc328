/** Writes a generated day into a folder (a temp folder: the benchmark never writes its day into the repo). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from './day.js';
import { writeTruth, type ArticleTruth } from './truth.js';

export interface DayStats {
  articles: number;
  stories: number;
  singleOutletStories: number;
  wireCopies: number;
  /** Verbatim reprints of a source report (big, ecb). */
  reprints?: number;
  /** One-sentence articles: briefs and flashes (big, ecb). */
  oneSentence?: number;
  bytes: number;
  formats: Record<string, number>;
}

export interface WriteDayOptions {
  /** Also write the day's truth (bench/generator/truth.ts) to this file, which must lie outside `dir`. */
  truth?: string;
  /** Written into the truth file's header line (mode, seed, ...). */
  header?: Record<string, unknown>;
}

export function writeDay(files: Iterable<GeneratedFile>, dir: string, o: WriteDayOptions = {}): DayStats {
  if (o.truth !== undefined && !path.relative(dir, o.truth).startsWith('..')) throw new Error(`writeDay: the truth file ${o.truth} must lie outside the day folder ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const made = new Set<string>();
  const perStory = new Map<number, number>();
  const truth: [string, ArticleTruth][] = [];
  const stats: DayStats = { articles: 0, stories: 0, singleOutletStories: 0, wireCopies: 0, reprints: 0, oneSentence: 0, bytes: 0, formats: {} };
  for (const f of files) {
    const full = path.join(dir, ...f.path.split('/'));
    const parent = path.dirname(full);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true }), made.add(parent);
    writeFileSync(full, f.content);
    stats.articles++;
    stats.bytes += Buffer.byteLength(f.content);
    stats.formats[f.format] = (stats.formats[f.format] ?? 0) + 1;
    if (f.role === 'copy') stats.wireCopies++;
    if (f.role === 'reprint') stats.reprints!++;
    if (f.role === 'brief' || f.role === 'flash') stats.oneSentence!++;
    perStory.set(f.story, (perStory.get(f.story) ?? 0) + 1);
    if (o.truth !== undefined) truth.push([f.path, f.truth]);
  }
  stats.stories = perStory.size;
  for (const n of perStory.values()) if (n === 1) stats.singleOutletStories++;
  if (o.truth !== undefined) writeTruth(o.truth, { ...o.header, articles: stats.articles }, truth);
  return stats;
}
