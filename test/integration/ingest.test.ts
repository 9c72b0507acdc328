/**
 * The ingest function against s3rver: an article lands, the function gets the S3 event, its sidecar appears and
 * validates; a bad file gets a skip record; the daily run over a day that mixes sidecars (fresh, stale, missing)
 * gives the same digest as a run over the raw articles alone.
 *
 * The events are built as S3 builds them (key URL-encoded form style, ETag without quotes, size), from the
 * object's HEAD. s3rver does emit events, but in the emulators' child process and with the key not URL-encoded,
 * unlike S3, so they could neither reach this process nor exercise the decoding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { DAY_ARTICLES, endpoints, getText, lambdaEnv, listKeys, newBucket, putText, s3Client, sesClient } from './emulators.js';
import { FaultProxy } from './fault-proxy.js';
import { createIngestHandler } from '../../lambdas/ingest/handler.js';
import { decodeSidecar } from '../../lambdas/io/sidecar-format.js';
import { sidecarKey } from '../../lambdas/shared/bucket-layout.js';
import { createHandler } from '../../lambdas/digest/handler.js';
import { configFromEnv } from '../../lambdas/digest/config.js';
import { readDay } from '../../lambdas/digest/read-day.js';
import { S3ArticleSource } from '../../lambdas/io/s3-source.js';
import { S3SidecarStore } from '../../lambdas/io/sidecar-s3.js';

let s3: S3Client;
let bucket: string;
const savedEnv = { ...process.env };

/** S3's encoding of a key in an event record: form style, a space as `+`. */
const eventKey = (key: string) => encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');

async function s3Event(keys: string[], eventName = 'ObjectCreated:Put'): Promise<S3Event> {
  const Records = [];
  for (const key of keys) {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).catch(() => null);
    Records.push({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: new Date().toISOString(),
      eventName,
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'ingest',
        bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
        object: { key: eventKey(key), size: head?.ContentLength ?? 0, eTag: (head?.ETag ?? '').replace(/"/g, ''), sequencer: '0' },
      },
    });
  }
  return { Records } as unknown as S3Event;
}

const ingest = () => createIngestHandler({ config: { bucket, articlesPrefix: 'articles/', maxObjectBytes: 5 * 1024 * 1024 }, s3, retry: { attempts: 1 } });

async function sidecarOf(key: string) {
  const decoded = decodeSidecar(await getText(s3, bucket, sidecarKey(key)));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.sidecar;
}

beforeAll(async () => {
  s3 = s3Client();
  bucket = await newBucket(s3);
});

afterAll(() => {
  process.env = savedEnv;
});

describe('ingest function', () => {
  it('writes a validating sidecar when an article lands, for a key with spaces and a plus', async () => {
    const key = 'articles/2026-03-02/harbor times/bridge+plan.txt';
    await putText(s3, bucket, key, DAY_ARTICLES['harbor-times/bridge.txt']!);
    const summary = await ingest()(await s3Event([key]));
    expect(summary.written).toEqual([{ key, sidecar: `sidecars/${key}.json`, kind: 'article' }]);
    const sidecar = await sidecarOf(key);
    expect(sidecar).toMatchObject({ kind: 'article', key, size: Buffer.byteLength(DAY_ARTICLES['harbor-times/bridge.txt']!) });
    if (sidecar.kind !== 'article') throw new Error('expected an article');
    expect(sidecar.article).toMatchObject({ id: 'harbor times/bridge+plan.txt', source: 'harbor times', format: 'txt' });
    expect(sidecar.sentences.length).toBeGreaterThanOrEqual(3);
    expect(sidecar.etag).toMatch(/^[0-9a-f]{32}$/);
  });

  it('writes a skip record with the reason for a bad file, and ignores its own sidecars and other keys', async () => {
    const bad = 'articles/2026-03-02/valley-news/broken.json';
    const pdf = 'articles/2026-03-02/valley-news/print.pdf';
    await putText(s3, bucket, bad, '{"title": "Orchard", "text": ');
    await putText(s3, bucket, pdf, '%PDF-1.4 not an article');
    await putText(s3, bucket, 'articles/readme.txt', 'not in a day folder');
    const summary = await ingest()(await s3Event([bad, pdf, 'articles/readme.txt', sidecarKey(bad)]));
    expect(summary.written.map((w) => [w.key, w.kind])).toEqual([[bad, 'skipped'], [pdf, 'skipped']]);
    expect(summary.ignored).toBe(2);
    expect(await sidecarOf(bad)).toMatchObject({ kind: 'skipped', id: 'valley-news/broken.json', reason: expect.stringMatching(/JSON/) });
    expect(await sidecarOf(pdf)).toMatchObject({ kind: 'skipped', reason: 'unsupported file type .pdf' });
    expect(await listKeys(s3, bucket, 'sidecars/sidecars/')).toEqual([]);
    expect(await listKeys(s3, bucket, 'sidecars/articles/readme')).toEqual([]);
  });

  it('runs as the Lambda entry point with the environment the stack sets; an object deleted meanwhile is no failure', async () => {
    Object.assign(process.env, lambdaEnv(bucket, ['a@example.com']));
    const { handler } = await import('../../lambdas/ingest/handler.js');
    const key = 'articles/2026-03-03/river-post/bridge.txt';
    await putText(s3, bucket, key, DAY_ARTICLES['river-post/bridge.txt']!);
    const summary = await handler(await s3Event([key, 'articles/2026-03-03/never-there.txt']));
    expect(summary).toMatchObject({ written: [{ key, kind: 'article' }], gone: 1 });
  });

  it('fails the invocation (for Lambda\'s retries and the dead-letter queue) when S3 cannot be reached', async () => {
    const closed = createIngestHandler({
      config: { bucket, articlesPrefix: 'articles/', maxObjectBytes: 1024 },
      s3: s3Client({ endpoint: 'http://127.0.0.1:9', maxAttempts: 1 }),
      retry: { attempts: 1 },
    });
    const event = await s3Event(['articles/2026-03-03/river-post/bridge.txt']);
    await expect(closed(event)).rejects.toThrow(/not ingested/);
  });
});

describe('ingest under a stalled GET', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await FaultProxy.start(endpoints().s3);
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('gives each attempt a deadline covering the body: a body that stops half way is retried, then fails the invocation', async () => {
    const key = 'articles/2026-03-04/river-post/stalls.txt';
    const healthy = 'articles/2026-03-04/river-post/bridge.txt';
    await putText(s3, bucket, key, DAY_ARTICLES['river-post/bridge.txt']!);
    await putText(s3, bucket, healthy, DAY_ARTICLES['river-post/bridge.txt']!);
    proxy.rule = (r) => (r.method === 'GET' && r.path === `/${bucket}/${key}` ? { kind: 'stall-body' } : undefined);
    const handle = createIngestHandler({
      config: { bucket, articlesPrefix: 'articles/', maxObjectBytes: 5 * 1024 * 1024 },
      s3: s3Client({ endpoint: proxy.url, maxAttempts: 1 }),
      retry: { attempts: 2, sleep: async () => undefined },
      attemptTimeoutMs: 1_000,
    });
    // Without the deadline this call would hang until the test's timeout: the headers came, the body never ends.
    await expect(handle(await s3Event([key, healthy]))).rejects.toThrow(/1 object\(s\) not ingested: .*stalls\.txt: .*GET timed out after 1000 ms/);
    proxy.rule = () => undefined;
    expect(proxy.count((r) => r.method === 'GET' && r.path === `/${bucket}/${key}`)).toBe(2);
    // The healthy article in the same event still got its sidecar; the stalled one has none.
    expect((await sidecarOf(healthy)).kind).toBe('article');
    expect(await listKeys(s3, bucket, sidecarKey(key))).toEqual([]);
  });
});

describe('the daily run over sidecars', () => {
  it('gives the same digest from a mixed day (fresh, stale and missing sidecars) as from the raw articles', async () => {
    const date = '2026-03-05';
    const rawBucket = await newBucket(s3);
    const keys = Object.keys(DAY_ARTICLES).map((id) => `articles/${date}/${id}`);
    const extra = { [`articles/${date}/valley-news/broken.json`]: '{"text": ', [`articles/${date}/wire/bridge-copy.txt`]: DAY_ARTICLES['harbor-times/bridge.txt']! };
    for (const b of [bucket, rawBucket]) {
      for (const [i, key] of keys.entries()) await putText(s3, b, key, DAY_ARTICLES[Object.keys(DAY_ARTICLES)[i]!]!);
      for (const [key, body] of Object.entries(extra)) await putText(s3, b, key, body);
    }
    // Sidecars for all but the wire copy; then one article is overwritten, so its sidecar is stale.
    await ingest()(await s3Event([...keys, `articles/${date}/valley-news/broken.json`]));
    const changed = DAY_ARTICLES['river-post/bridge.txt']! + ' The council will meet again on Friday to discuss the bridge tolls.';
    for (const b of [bucket, rawBucket]) await putText(s3, b, keys[1]!, changed);

    const source = new S3ArticleSource({ client: s3, bucket, prefix: `articles/${date}/`, maxBytes: 5 * 1024 * 1024 });
    const day = await readDay(source, { maxBytes: 5 * 1024 * 1024, sidecars: new S3SidecarStore({ client: s3, bucket, prefix: `articles/${date}/`, maxSidecarBytes: 1 << 20 }) });
    expect({ fromSidecars: day.fromSidecars, ignored: day.sidecarsIgnored }).toEqual({ fromSidecars: 3, ignored: 1 });

    const summaries: unknown[] = [];
    const digestOf = async (b: string) => {
      const handle = createHandler({ config: configFromEnv(lambdaEnv(b, ['a@example.com'])), s3, ses: sesClient() });
      summaries.push(await handle({ date, dryRun: true }));
      return JSON.parse(await getText(s3, b, `digests/${date}/digest.json`)) as { stats: { articles: number; skipped: unknown[] } };
    };
    const [mixed, raw] = [await digestOf(bucket), await digestOf(rawBucket)];
    expect(mixed).toEqual(raw);
    // The operator sees how the day was read: three files from sidecars, one stale sidecar read raw instead.
    expect(summaries[0]).toMatchObject({ fromSidecars: 3, sidecarsIgnored: 1 });
    expect(summaries[1]).toMatchObject({ fromSidecars: 0, sidecarsIgnored: 0 });
    expect(mixed.stats).toMatchObject({ articles: 4, skipped: [{ id: 'valley-news/broken.json' }] });
    expect(JSON.stringify(mixed)).toContain('bridge tolls');
  });
});
