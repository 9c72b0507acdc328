/** The S3 edges against s3rver: paginated listing, size cap, archive names, suppression list. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import { S3ArticleSource } from '../../lambdas/io/s3-source.js';
import { S3Archive, putTimeoutMs } from '../../lambdas/io/s3-archive.js';
import { S3_REQUEST_TIMEOUT_MS } from '../../lambdas/shared/aws-clients.js';
import { jsonChunks } from '../../lambdas/io/chunked-json.js';
import { readDay } from '../../lambdas/digest/read-day.js';
import { SuppressionList, isSuppressed } from '../../lambdas/shared/suppressions.js';
import { endpoints, getText, newBucket, putText, s3Client } from './emulators.js';
import { FaultProxy, s3Fault } from './fault-proxy.js';

let s3: S3Client;
let bucket: string;

beforeAll(async () => {
  s3 = s3Client();
  bucket = await newBucket(s3);
});

describe('S3ArticleSource', () => {
  it('lists every object under the prefix across pages, relative ids, without folder markers or neighbours', async () => {
    for (let i = 0; i < 7; i++) await putText(s3, bucket, `articles/2024-05-01/outlet${i % 3}/a${i}.txt`, `text ${i}`);
    await putText(s3, bucket, 'articles/2024-05-01/', '');
    await putText(s3, bucket, 'articles/2024-05-02/other.txt', 'next day');
    const source = new S3ArticleSource({ client: s3, bucket, prefix: 'articles/2024-05-01/', maxBytes: 1000, pageSize: 2 });
    const entries = [];
    for await (const entry of source.list()) entries.push(entry);
    expect(entries.map((e) => e.id).sort()).toEqual(
      ['outlet0/a0.txt', 'outlet0/a3.txt', 'outlet0/a6.txt', 'outlet1/a1.txt', 'outlet1/a4.txt', 'outlet2/a2.txt', 'outlet2/a5.txt'],
    );
    expect(entries.every((e) => e.size === 6)).toBe(true);
    expect(new TextDecoder().decode(await source.read('outlet1/a4.txt'))).toBe('text 4');
  });

  it('refuses an object over the cap at read time too (it may have grown since the listing)', async () => {
    await putText(s3, bucket, 'articles/2024-05-03/big.txt', 'y'.repeat(5000));
    const source = new S3ArticleSource({ client: s3, bucket, prefix: 'articles/2024-05-03/', maxBytes: 1000 });
    await expect(source.read('big.txt')).rejects.toThrow(/too large: 5000 bytes \(limit 1000\)/);
  });

  it('feeds readDay: oversized entries skipped with a reason, missing ones reported, the rest read', async () => {
    await putText(s3, bucket, 'articles/2024-05-04/ok/one.txt', 'Headline here\n\nA first sentence of a real looking article body. And a second one follows it.');
    await putText(s3, bucket, 'articles/2024-05-04/big.txt', 'z'.repeat(3000));
    const source = new S3ArticleSource({ client: s3, bucket, prefix: 'articles/2024-05-04/', maxBytes: 2000 });
    const day = await readDay(source, { maxBytes: 2000, concurrency: 4 });
    expect(day.articles.map((a) => a.id)).toEqual(['ok/one.txt']);
    expect(day.skipped).toEqual([{ id: 'big.txt', reason: 'file too large: 3000 bytes (limit 2000)' }]);
    await expect(source.read('gone.txt')).rejects.toThrow();
  });
});

describe('S3Archive', () => {
  it('writes under the day prefix and refuses names that would leave it', async () => {
    const archive = new S3Archive(s3, bucket, 'digests/2024-05-01/');
    expect(await archive.put('digest.json', '{"a":1}', 'application/json')).toBe('digests/2024-05-01/digest.json');
    expect(await getText(s3, bucket, 'digests/2024-05-01/digest.json')).toBe('{"a":1}');
    await expect(archive.put('../state/x', 'x', 'text/plain')).rejects.toThrow(/bad archive name/);
    await expect(archive.put('.hidden', 'x', 'text/plain')).rejects.toThrow(/bad archive name/);
  });

  it('uploads a file given as chunks (a large digest.json) byte for byte, without joining them', async () => {
    const value = { stories: Array.from({ length: 300 }, (_, i) => ({ title: `Story ${i} – “ü”`, statements: Array.from({ length: 20 }, (_, j) => ({ text: `s${j} ${'x'.repeat(400)}` })) })) };
    const chunks = [...jsonChunks(value, { indent: 2 })];
    expect(chunks.length).toBeGreaterThan(1);
    const archive = new S3Archive(s3, bucket, 'digests/2024-05-02/');
    expect(await archive.put('digest.json', chunks, 'application/json')).toBe('digests/2024-05-02/digest.json');
    expect(await getText(s3, bucket, 'digests/2024-05-02/digest.json')).toBe(JSON.stringify(value, null, 2));
    // One chunk goes up as it is.
    await archive.put('small.json', jsonChunks({ a: [1] }), 'application/json');
    expect(await getText(s3, bucket, 'digests/2024-05-02/small.json')).toBe('{"a":[1]}');
  });
});

describe('S3Archive under faults', () => {
  it('retries a PUT of chunks (the SDK will not retry a streaming body) with a fresh stream, byte for byte', async () => {
    const proxy = await FaultProxy.start(endpoints().s3);
    try {
      const key = 'digests/2024-05-03/digest.json';
      proxy.rule = (r) => (r.method === 'PUT' && r.path === `/${bucket}/${key}` && r.nth === 1 ? s3Fault(503, 'SlowDown', 'Please reduce your request rate.') : undefined);
      const value = { stories: Array.from({ length: 200 }, (_, i) => ({ title: `Story ${i}`, text: 'y'.repeat(6_000) })) };
      const chunks = [...jsonChunks(value, { indent: 2 })];
      expect(chunks.length).toBeGreaterThan(1);
      const archive = new S3Archive(s3Client({ endpoint: proxy.url }), bucket, 'digests/2024-05-03/', { sleep: async () => undefined });
      await archive.put('digest.json', chunks, 'application/json');
      expect(proxy.count((r) => r.method === 'PUT' && r.path === `/${bucket}/${key}`)).toBe(2);
      expect(await getText(s3, bucket, key)).toBe(JSON.stringify(value, null, 2));
    } finally {
      await proxy.close();
    }
  });

  it('gives a large PUT time for its bytes on top of the client timeout (the SDK timer includes sending the body)', () => {
    expect(putTimeoutMs(0)).toBe(S3_REQUEST_TIMEOUT_MS);
    expect(putTimeoutMs(100 * 1024 * 1024)).toBe(S3_REQUEST_TIMEOUT_MS + 102_400);
  });
});

describe('SuppressionList', () => {
  it('records addresses by hash (case-insensitively) and loads them all back', async () => {
    const list = new SuppressionList(s3, bucket);
    const key = await list.add('Someone@Example.com', { reason: 'unsubscribe', at: '2024-05-01T00:00:00Z' });
    expect(key).toMatch(/^state\/suppressions\/[0-9a-f]{40}\.json$/);
    expect(key).not.toContain('example');
    const ids = await list.load();
    expect(isSuppressed(ids, 'someone@example.com')).toBe(true);
    expect(isSuppressed(ids, 'other@example.com')).toBe(false);
    expect(JSON.parse(await getText(s3, bucket, key))).toMatchObject({ reason: 'unsubscribe' });
  });
});
