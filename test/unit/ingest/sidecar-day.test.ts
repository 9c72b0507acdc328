/**
 * The daily run over a folder with sidecars beside it: per article a fresh sidecar is used, anything else
 * (missing, stale, corrupt) is read raw, and the digest is the same as from raw files alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FsArticleSource } from '../../../lambdas/io/fs-source.js';
import { FsSidecarStore, fileVersion, writeFsSidecar } from '../../../lambdas/io/sidecar-fs.js';
import { encodeSidecar, makeSidecar } from '../../../lambdas/io/sidecar-format.js';
import { readDay } from '../../../lambdas/digest/read-day.js';
import { runDigest } from '../../../lambdas/digest/run.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');
const MAX = 5 * 1024 * 1024;
const links = { unsubscribeUrl: 'https://example.test/u' };
let work: string;
let articles: string;
let sidecars: string;
let ids: string[];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'nd-sidecar-day-'));
  articles = path.join(work, 'articles');
  sidecars = path.join(work, 'sidecars');
  cpSync(SAMPLES, articles, { recursive: true });
  ids = [];
  for await (const e of new FsArticleSource(articles).list()) ids.push(e.id);
  for (const id of ids) await writeFsSidecar(articles, sidecars, id, MAX);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const sidecarPath = (id: string) => path.join(sidecars, ...id.split('/')) + '.json';

describe('the daily run with sidecars', () => {
  it('takes every article from its sidecar, skip records included, and builds the same digest', async () => {
    const source = new FsArticleSource(articles);
    const raw = await runDigest({ source, date: '2026-11-21', links });
    const day = await readDay(source, { sidecars: new FsSidecarStore(articles, sidecars) });
    expect(day.fromSidecars).toBe(ids.length);
    expect(day.skipped.length).toBeGreaterThan(0);
    expect(day.sentences?.size).toBe(day.articles.length);
    const fromSidecars = await runDigest({ source, date: '2026-11-21', links, read: { sidecars: new FsSidecarStore(articles, sidecars) } });
    expect(fromSidecars.digest).toEqual(raw.digest);
    expect(fromSidecars.email.html).toBe(raw.email.html);
    // The sidecars store no skip cause: the one restored from them is the one a raw read gives.
    expect(fromSidecars.read.skippedByCause).toEqual(raw.read.skippedByCause);
  });

  it('mixes sidecars with raw reads on one day: missing, stale and corrupt sidecars mean a raw read', async () => {
    const source = new FsArticleSource(articles);
    const store = new FsSidecarStore(articles, sidecars);
    const txt = ids.filter((id) => id.endsWith('.txt'));
    const [missing, stale, corrupt] = [txt[0]!, txt[1]!, txt[2]!];
    unlinkSync(sidecarPath(missing));
    // Overwritten after its sidecar was made: the sidecar describes the old bytes.
    writeFileSync(path.join(articles, stale), readFileSync(path.join(articles, stale), 'utf8') + '\nA line added later to the article by its outlet.\n');
    writeFileSync(sidecarPath(corrupt), '{"v":1,"kind":"article","key":');
    const raw = await runDigest({ source, date: '2026-11-21', links });
    const day = await readDay(source, { sidecars: store });
    expect(day.fromSidecars).toBe(ids.length - 3);
    expect(day.sidecarsIgnored).toBe(2);
    const mixed = await runDigest({ source, date: '2026-11-21', links, read: { sidecars: store } });
    expect(mixed.digest).toEqual(raw.digest);
    expect(JSON.stringify(mixed.digest)).toContain('A line added later');
  });

  it('really uses a fresh sidecar (a doctored one shows through), so the equality above is not raw against raw', async () => {
    const id = ids.find((i) => i.endsWith('.json') && !i.includes('broken'))!;
    const file = path.join(articles, id);
    const result = readArticle({ id, bytes: readFileSync(file) });
    if (!result.ok) throw new Error('sample should read');
    const doctored = { ...result, article: { ...result.article, title: 'A title only the sidecar has' } };
    writeFileSync(sidecarPath(id), encodeSidecar(makeSidecar(fileVersion(id, statSync(file)), MAX, doctored)));
    const day = await readDay(new FsArticleSource(articles), { sidecars: new FsSidecarStore(articles, sidecars) });
    expect(day.articles.find((a) => a.id === id)?.title).toBe('A title only the sidecar has');
    // The same sidecar under another size limit is stale: the raw title comes back.
    const other = await readDay(new FsArticleSource(articles), { maxBytes: MAX - 1, sidecars: new FsSidecarStore(articles, sidecars) });
    expect(other.articles.find((a) => a.id === id)?.title).toBe(result.article.title);
  });
});
