/**
 * Continuing stories on AWS: the digest function reads the archived continuity.json of the day before (digest.json
 * for days archived before it existed) and the pipeline marks today's stories that continue one of it. A missing
 * or malformed previous archive changes nothing but the log: the day is still digested.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Digest } from '../../lambdas/pipeline/model.js';
import { createHandler } from '../../lambdas/digest/handler.js';
import { configFromEnv } from '../../lambdas/digest/config.js';
import { loadPreviousDigest } from '../../lambdas/io/s3-previous-digest.js';
import { continuityOf } from '../../lambdas/pipeline/continuity.js';
import { DAY_ARTICLES, endpoints, getText, lambdaEnv, newBucket, putText, s3Client, sesClient } from './emulators.js';
import { FaultProxy } from './fault-proxy.js';

/** The day after DAY_ARTICLES: the bridge story goes on (invented text), and an unrelated story starts. */
const NEXT_DAY: Record<string, string> = {
  'harbor-times/bridge-contract.txt':
    'Port Wendel signs harbour bridge contract\n\nA day after the council vote, Mayor Ilse Brandt signed the contract for the new harbour bridge in Port Wendel. "Work on the bridge across the harbour starts in spring," Brandt said. The builder, Norrhavn Construction, put the cost of the bridge at 250 million euros; it is still due to open in 2029.\n',
  'river-post/bridge-contract.txt':
    'Harbour bridge contract signed in Port Wendel\n\nMayor Ilse Brandt of Port Wendel signed the harbour bridge contract with Norrhavn Construction on Wednesday. Brandt said work on the bridge across the harbour "starts in spring". The bridge, approved by the council on Tuesday, should open in 2029.\n',
  'valley-news/library.txt':
    'Eller valley opens mobile library\n\nA mobile library bus began visiting eleven villages of the Eller valley this week. Librarian Maren Holt said the bus carries 4,000 books and stops in each village twice a month.\n',
};

let s3: S3Client;
let bucket: string;
let digest: ReturnType<typeof createHandler>;

beforeAll(async () => {
  s3 = s3Client();
  bucket = await newBucket(s3);
  digest = createHandler({ config: configFromEnv(lambdaEnv(bucket, ['nobody@example.net'])), s3, ses: sesClient() });
});

async function putDay(date: string, articles: Record<string, string>) {
  for (const [id, body] of Object.entries(articles)) await putText(s3, bucket, `articles/${date}/${id}`, body);
}

async function archivedDigest(date: string): Promise<Digest> {
  return JSON.parse(await getText(s3, bucket, `digests/${date}/digest.json`)) as Digest;
}

const bridgeStory = (d: Digest) => d.stories.find((story) => /bridge/i.test(story.title));
const libraryStory = (d: Digest) => d.stories.find((story) => /library/i.test(story.title));

describe('continuing stories', () => {
  it('marks a story of day 2 that continues one archived on day 1', async () => {
    await putDay('2024-04-01', DAY_ARTICLES);
    await putDay('2024-04-02', NEXT_DAY);
    const first = await digest({ date: '2024-04-01', dryRun: true });
    expect(first.continuing).toBe(0); // nothing archived before day 1
    const day1 = await archivedDigest('2024-04-01');
    expect(bridgeStory(day1)).toBeDefined();

    const second = await digest({ date: '2024-04-02', dryRun: true });
    const day2 = await archivedDigest('2024-04-02');
    expect(bridgeStory(day2)?.continues).toEqual({ date: '2024-04-01', title: bridgeStory(day1)!.title });
    expect(libraryStory(day2)?.continues ?? null).toBeNull();
    expect(second.continuing).toBe(1);
    // The web copy says so too.
    expect(await getText(s3, bucket, 'digests/2024-04-02/digest.html')).toMatch(/Continuing/i);
  });

  it('digests the day without continuation when the previous digest.json is malformed', async () => {
    await putText(s3, bucket, 'digests/2024-04-04/digest.json', '{"schemaVersion": 1, "date": "2024-04-04", "stories": "oops"}');
    await putDay('2024-04-05', NEXT_DAY);
    const summary = await digest({ date: '2024-04-05', dryRun: true });
    expect(summary).toMatchObject({ articles: 3, continuing: 0 });
    expect(bridgeStory(await archivedDigest('2024-04-05'))?.continues ?? null).toBeNull();
  });

  it('reads continuity.json, falls back to digest.json (older archives, a damaged file), and says why', async () => {
    const day1 = await archivedDigest('2024-04-01');
    const fromContinuity = await loadPreviousDigest(s3, bucket, '2024-04-01');
    expect(fromContinuity).toEqual({ status: 'loaded', key: 'digests/2024-04-01/continuity.json', continuity: continuityOf(day1) });

    // A day archived by an older version: digest.json only. Same continuity, so the same continuing stories.
    await putText(s3, bucket, 'digests/2024-04-07/digest.json', await getText(s3, bucket, 'digests/2024-04-01/digest.json'));
    expect(await loadPreviousDigest(s3, bucket, '2024-04-07')).toEqual({ status: 'loaded', key: 'digests/2024-04-07/digest.json', continuity: continuityOf(day1) });

    // A damaged continuity.json beside a good digest.json: the digest is used, and the reason kept for the log.
    await putText(s3, bucket, 'digests/2024-04-07/continuity.json', '{"format":"news-digest/continuity@1"}');
    expect(await loadPreviousDigest(s3, bucket, '2024-04-07')).toMatchObject({
      status: 'loaded',
      key: 'digests/2024-04-07/digest.json',
      note: expect.stringMatching(/continuity\.json ignored: .*not a continuity\.json: date/),
    });
    // Over their caps: neither is downloaded, and both reasons are given.
    expect(await loadPreviousDigest(s3, bucket, '2024-04-07', { maxContinuityBytes: 10, maxDigestBytes: 100 })).toMatchObject({
      status: 'ignored',
      reason: expect.stringMatching(/continuity\.json too large: \d+ bytes \(limit 10\); .*digest\.json too large: \d+ bytes \(limit 100\)/),
    });
  });

  it('continues a day from continuity.json exactly as from the whole digest.json', async () => {
    await putDay('2024-04-08', DAY_ARTICLES);
    await putDay('2024-04-09', NEXT_DAY);
    await digest({ date: '2024-04-08', dryRun: true });
    await digest({ date: '2024-04-09', dryRun: true });
    const fromContinuity = await getText(s3, bucket, 'digests/2024-04-09/digest.json');
    // The same day again, its previous day reduced to what an older version archived.
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'digests/2024-04-08/continuity.json' }));
    const summary = await digest({ date: '2024-04-09', dryRun: true });
    expect(summary.continuing).toBe(1);
    expect(await getText(s3, bucket, 'digests/2024-04-09/digest.json')).toBe(fromContinuity);
  });

  it('reports why a previous digest was not used, and that a missing one is just missing', async () => {
    await putText(s3, bucket, 'digests/2024-04-06/digest.json', 'not json at all');
    expect(await loadPreviousDigest(s3, bucket, '2024-04-06')).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/not JSON/) });
    expect(await loadPreviousDigest(s3, bucket, '1999-01-01')).toEqual({ status: 'missing', key: 'digests/1999-01-01/continuity.json' });
    const loaded = await loadPreviousDigest(s3, bucket, '2024-04-01');
    expect(loaded.status).toBe('loaded');
  });

  it('gives up on a previous file whose body stalls, at the read deadline, and says so', async () => {
    // Day 1's archive exists (the first test ran it); its bodies stop half way through the proxy. Without a deadline
    // this call would wait until the test's own timeout.
    const proxy = await FaultProxy.start(endpoints().s3);
    try {
      proxy.rule = (r) => (r.method === 'GET' && /\/digests\/2024-04-01\//.test(r.path) ? { kind: 'stall-body' } : undefined);
      const result = await loadPreviousDigest(s3Client({ endpoint: proxy.url }), bucket, '2024-04-01', { timeoutMs: 500 });
      expect(result).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/continuity\.json could not be read: GET timed out after 500 ms; .*digest\.json could not be read: GET timed out after 500 ms/) });
    } finally {
      await proxy.close();
    }
  });

  it('never fails the run when the previous digest cannot be read at all', async () => {
    // A store that fails every GET of the archive's files (say, a permission missing): the day still runs.
    const failing = s3Client();
    failing.middlewareStack.add(
      (next, context) => async (args) => {
        const key = (args.input as { Key?: string }).Key ?? '';
        if (context.commandName === 'GetObjectCommand' && /\/(digest|continuity)\.json$/.test(key)) {
          throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
        }
        return next(args);
      },
      { step: 'initialize', name: 'denyDigestJson' },
    );
    const run = createHandler({ config: configFromEnv(lambdaEnv(bucket, ['nobody@example.net'])), s3: failing, ses: sesClient() });
    const summary = await run({ date: '2024-04-02', dryRun: true });
    expect(summary).toMatchObject({ articles: 3, continuing: 0 });
    expect(await loadPreviousDigest(failing, bucket, '2024-04-01')).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/continuity\.json could not be read: Access Denied; .*digest\.json could not be read: Access Denied/) });
  });
});
