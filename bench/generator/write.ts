/** Writes a generated day into a folder (a temp folder: the benchmark never writes its day into the repo). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from './day.js';

export interface DayStats {
  articles: number;
  stories: number;
  singleOutletStories: number;
  wireCopies: number;
  bytes: number;
  formats: Record<string, number>;
}

export function writeDay(files: Iterable<GeneratedFile>, dir: string): DayStats {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const made = new Set<string>();
  const perStory = new Map<number, number>();
  const stats: DayStats = { articles: 0, stories: 0, singleOutletStories: 0, wireCopies: 0, bytes: 0, formats: {} };
  for (const f of files) {
    const full = path.join(dir, ...f.path.split('/'));
    const parent = path.dirname(full);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true }), made.add(parent);
    writeFileSync(full, f.content);
    stats.articles++;
    stats.bytes += Buffer.byteLength(f.content);
    stats.formats[f.format] = (stats.formats[f.format] ?? 0) + 1;
    if (f.role === 'copy') stats.wireCopies++;
    perStory.set(f.story, (perStory.get(f.story) ?? 0) + 1);
  }
  stats.stories = perStory.size;
  for (const n of perStory.values()) if (n === 1) stats.singleOutletStories++;
  return stats;
}
