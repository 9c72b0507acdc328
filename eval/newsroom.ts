/**
 * Invented news days with a statement-level answer key, scored as a reader would judge the digest: stories
 * grouped, one fact told in other words merged into one statement, no two facts merged, the right speaker,
 * disputed figures found with their claimants, no false figure, no false "only in", the core fact among the key
 * statements (the measures of issue 14; newsroom_dev/README.md in the corpora defines each).
 *
 * Days: the corpora's `newsroom_dev` (the one day tuned on) and this repository's eval/newsdays/ (README there:
 * written by people who never read the code, keys frozen before the digest first ran on them; two validation days
 * and two held-out days, never tuned on). Each day runs through the path the CLI runs (FsArticleSource ->
 * runDigest, one thread); the digest is scored by the corpora's own scorer (newsroom_dev/score-newsroom.mjs), so
 * the figures are the ones its authors compute.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FsArticleSource } from '../lambdas/io/fs-source.js';
import { runDigest } from '../lambdas/digest/run.js';
import type { EvalRow, EvalSection } from './types.js';

const run = promisify(execFile);
const OWN_DAYS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'newsdays');

/** What each day is for: tuned on, validation (looked at once, never tuned on), held out (scores only). */
const ROLES: Record<string, string> = {
  newsroom_dev: 'tuning',
  'norrveld-2027-11-03': 'validation',
  'ostmere-2027-10-14': 'held out',
  'morvane-2028-02-21': 'held out',
  'arvenna-2028-04-12': 'validation',
  'lissava-2029-05-17': 'tuning',
  'vendria-2029-09-03': 'validation',
  'estrevia-2030-01-15': 'validation',
};

/**
 * The measures reported, as the scorer names them. `lower` marks those where less is better: the table shows them
 * as 1 - value so that every row reads "higher is better" and a floor is a minimum.
 */
const MEASURES: ReadonlyArray<{ key: string; name: string; lower?: true }> = [
  { key: 'overall', name: 'statement-level overall (mean of nine parts)' },
  { key: 'storiesB3F1', name: 'stories B-cubed F1' },
  { key: 'factMergeRecall', name: 'one fact in other words merged (share of its mentions together)' },
  { key: 'falseMerges', name: '1 - false merges (different facts in one statement)', lower: true },
  { key: 'speakerAcc', name: 'speaker right' },
  { key: 'figuresFound', name: 'disputed figures found' },
  { key: 'claimantOk', name: 'figure value claimants right' },
  { key: 'falseFiguresRate', name: '1 - false figures rate', lower: true },
  { key: 'falseOnlyIn', name: '1 - false "only in"', lower: true },
  { key: 'coreInKey', name: 'core fact among key statements' },
];

/**
 * Floors, per day and measure (only on the statement-level overall, the figure a change must not lower; the
 * parts move against each other and are reported). Floors only go up.
 */
const FLOORS: Record<string, Partial<Record<string, number>>> = {
  newsroom_dev: { overall: 0.90, storiesB3F1: 0.99 },
  'norrveld-2027-11-03': { overall: 0.73 },
  // Once set to 0.73 with a people-count rule that was then reverted (it hurt arvenna, the day whose brief named no
  // failure), back to 0.72; 0.73 again with the described-speaker rule (statements/match.ts isNamed: 0.7315).
  'ostmere-2027-10-14': { overall: 0.73 },
  'arvenna-2028-04-12': { overall: 0.91 },
  'morvane-2028-02-21': { overall: 0.74 },
  'lissava-2029-05-17': { overall: 0.80 },
  'vendria-2029-09-03': { overall: 0.80 },
  'estrevia-2030-01-15': { overall: 0.73 },
};

export async function evaluateNewsroom(corporaDir: string): Promise<EvalSection> {
  const scorer = path.join(corporaDir, 'newsroom_dev', 'score-newsroom.mjs');
  if (!existsSync(scorer)) throw new Error(`newsroom: no ${scorer}: this section needs the corpora's newsroom_dev (its day and its scorer)`);
  const days = [
    { name: 'newsroom_dev', dir: path.join(corporaDir, 'newsroom_dev') },
    ...(await readdir(OWN_DAYS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => ({ name: e.name, dir: path.join(OWN_DAYS, e.name) })).sort((a, b) => a.name.localeCompare(b.name)),
  ];
  const scratch = await mkdtemp(path.join(tmpdir(), 'news-digest-newsroom-'));
  const rows: EvalRow[] = [];
  try {
    for (const day of days) {
      const scores = await scoreDay(day.dir, scorer, path.join(scratch, `${day.name}.json`));
      const data = `${day.name} (${ROLES[day.name] ?? 'held out'})`;
      for (const m of MEASURES) {
        const raw = scores[m.key];
        if (typeof raw !== 'number') throw new Error(`newsroom: the scorer gave no ${m.key} for ${day.name}`);
        const floor = FLOORS[day.name]?.[m.key];
        rows.push({ measure: `newsroom: ${m.name}`, data, value: m.lower ? 1 - raw : raw, ...(floor !== undefined ? { floor } : {}) });
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return { rows };
}

/** The day's digest through the CLI's path, scored against its key: the scorer's JSON line. */
async function scoreDay(dir: string, scorer: string, digestFile: string): Promise<Record<string, unknown>> {
  const { digest } = await runDigest({
    source: new FsArticleSource(path.join(dir, 'day')),
    links: { unsubscribeUrl: 'https://example.com/unsubscribe' },
  });
  await writeFile(digestFile, JSON.stringify(digest));
  const { stdout } = await run(process.execPath, [scorer, digestFile, path.join(dir, 'day.gold.json')], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}
