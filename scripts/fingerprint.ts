/**
 * `npx tsx scripts/fingerprint.ts [--corpora DIR] [--sizes 1000] [--out FILE]`: SHA-256 fingerprints of what the
 * pipeline produces, for a change that must not change behaviour (a restructure, a speed-up). Run it before and
 * after; every line must be the same.
 *
 * What it hashes, each through the same entry points the CLI, the Lambda and the eval use:
 *  - samples/: the whole local path (digest.json, the email's HTML and text), on one thread and on two worker
 *    threads, and again with its own continuity as the previous day (every story continues);
 *  - the bench's generated days (seed 42, each --sizes N), and the seed-43 day of the same N read with the seed-42
 *    day as the previous digest (continuing stories at scale);
 *  - ../shared/corpora (skipped, with a note, when absent): the seeds and newsroom_dev days through runDigest;
 *    ECB+ and the UCI headlines as one day each through buildDigest; the Wikinews clusters merged and ranked as the
 *    eval does; every MSRP and STS pair through the statement comparison (score and decision); every PolNeAR
 *    article's attribution (units, kinds, speakers, quoted fragments).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article, Digest } from '../lambdas/pipeline/model.js';
import { FsArticleSource } from '../lambdas/io/fs-source.js';
import { runDigest } from '../lambdas/digest/run.js';
import { buildDigest } from '../lambdas/pipeline/index.js';
import { continuityOf, type Continuity } from '../lambdas/pipeline/continuity.js';
import { findCopies } from '../lambdas/pipeline/stories/index.js';
import { mergeStory, rankStory } from '../lambdas/pipeline/statements/build.js';
import { StatementComparer } from '../lambdas/pipeline/paraphrase/index.js';
import { sentencesOf } from '../lambdas/pipeline/text/sentences.js';
import { unitsOfArticle } from '../lambdas/pipeline/statements/units.js';
import { jsonSha256 } from '../bench/json-hash.js';
import { loadSources } from '../bench/generator/sources.js';
import { generateDay } from '../bench/generator/day.js';
import { writeDay } from '../bench/generator/write.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LINKS = { unsubscribeUrl: 'https://example.com/unsubscribe', archiveUrl: 'https://example.com/archive' };

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);
const digestHash = (d: Digest): string => jsonSha256(d).slice(0, 16);
const lines = (file: string): unknown[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

async function day(dir: string, opts: { date?: string; workers?: number; previous?: Continuity } = {}) {
  const r = await runDigest({
    source: new FsArticleSource(dir),
    fallbackDate: '2026-01-01',
    links: LINKS,
    ...(opts.date ? { date: opts.date } : {}),
    ...(opts.workers ? { workers: opts.workers } : {}),
    ...(opts.previous ? { previous: opts.previous } : {}),
  });
  return { digest: r.digest, line: `${digestHash(r.digest)} html ${sha(r.email.html)} text ${sha(r.email.text)}` };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpora: { type: 'string' }, sizes: { type: 'string' }, out: { type: 'string' } } });
  const corpora = path.resolve(values.corpora ?? path.join(ROOT, '..', 'shared', 'corpora'));
  const sizes = (values.sizes ?? '1000').split(',').filter(Boolean).map(Number);
  const out: string[] = [];
  const put = (name: string, value: string): void => {
    out.push(`${name}: ${value}`);
    process.stdout.write(`${name}: ${value}\n`);
  };

  const samples = await day(path.join(ROOT, 'samples'));
  put('samples', samples.line);
  put('samples, 2 workers', (await day(path.join(ROOT, 'samples'), { workers: 2 })).line);
  put('samples, continuing itself', (await day(path.join(ROOT, 'samples'), { previous: continuityOf(samples.digest) })).line);

  const haveCorpora = existsSync(path.join(corpora, 'README.md'));
  if (haveCorpora && sizes.length) {
    const sources = loadSources(corpora);
    for (const n of sizes) {
      const dirs: string[] = [];
      let previous: Continuity | undefined;
      for (const seed of [42, 43]) {
        const dir = mkdtempSync(path.join(os.tmpdir(), `fingerprint-${n}-${seed}-`));
        dirs.push(dir);
        writeDay(generateDay(sources, { articles: n, seed, date: '2026-11-21' }), dir);
        const r = await day(dir, { date: '2026-11-21', ...(previous ? { previous } : {}) });
        put(`bench day ${n} seed ${seed}${previous ? ' continuing seed 42' : ''}`, r.line);
        previous = continuityOf(r.digest);
      }
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!haveCorpora) {
    put('corpora', `none at ${corpora}: samples only`);
  } else {
    put('seeds', (await day(path.join(corpora, 'seeds'), { date: '2024-10-24' })).line);
    put('newsroom_dev', (await day(path.join(corpora, 'newsroom_dev', 'day'))).line);

    const ecb = lines(path.join(corpora, 'ecbplus', 'docs.jsonl')) as Array<{ id: string; title: string | null; text: string }>;
    const ecbArticles: Article[] = ecb.map((d) => ({ id: d.id, source: d.id, text: d.text, format: 'txt', ...(d.title ? { title: d.title } : {}) }));
    put('ecbplus as one day', digestHash(buildDigest(ecbArticles, { date: '2026-01-01' })));

    const uci = lines(path.join(corpora, 'uci_news_sample', 'headlines.jsonl')) as Array<{ id: string | number; source: string; title: string }>;
    put('uci headlines as one day', digestHash(buildDigest(uci.map((h) => ({ id: String(h.id), source: h.source, text: h.title, format: 'txt' as const })), { date: '2026-01-01' })));

    const clusters = lines(path.join(corpora, 'wikinews_mds_sample', 'clusters.jsonl')) as Array<{ id: string; docs: Array<{ lang: string; title: string; text: string }> }>;
    const ranked = clusters.map((c) => {
      const articles: Article[] = c.docs
        .filter((d) => d.lang === 'en' && d.text.trim())
        .map((d, i) => ({ id: `${c.id}/doc${i}`, source: `doc${i}`, title: d.title, text: d.text, format: 'txt' as const }));
      return articles.length ? rankStory(mergeStory(articles, findCopies(articles))) : [];
    });
    put('wikinews merged and ranked', jsonSha256(ranked).slice(0, 16));

    const comparer = new StatementComparer();
    for (const [name, file] of [['msrp train', 'msrp/train.jsonl'], ['msrp val', 'msrp/val.jsonl'], ['sts', 'sts/sts_news.jsonl']] as const) {
      const pairs = lines(path.join(corpora, file)) as Array<{ s1: string; s2: string }>;
      put(`${name} comparisons`, sha(pairs.map((p) => {
        const r = comparer.compare(p.s1, p.s2);
        return `${r.duplicate ? 1 : 0} ${r.score}`;
      }).join('\n')));
    }

    for (const split of ['train', 'dev']) {
      const docs = lines(path.join(corpora, 'polnear', `${split}.jsonl`)) as Array<{ id: string; text: string }>;
      const units = docs.map((d) => unitsOfArticle(d.id, sentencesOf({ id: d.id, source: 'polnear', format: 'txt', text: d.text })));
      put(`polnear ${split} attribution`, jsonSha256(units).slice(0, 16));
    }
  }
  if (values.out) writeFileSync(values.out, out.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`fingerprint: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
