/**
 * Faults of the cloud, injected against the emulators (issue 7): S3 GETs that fail or stall, SES throttling and
 * 5xx, a crash half way through the recipients, S3 or SES unreachable. Each test ends with an accounting check:
 * every listed article is read or skipped with a reason, every recipient is mailed exactly once or reported.
 *
 * How each fault is injected, and why that way:
 * - S3 500 / 503 SlowDown / stalls and SES Throttling / 5xx: FaultProxy (fault-proxy.ts), an HTTP proxy in
 *   front of the emulator, because the emulators never fail by themselves and the SDK has to parse real error
 *   responses and live through a real silent socket. The clients behind it make one SDK attempt each
 *   (maxAttempts 1): the retries under test are ours, and the proxy counts them.
 * - Unreachable: a client pointed at a closed port on 127.0.0.1 (a real ECONNREFUSED).
 * - A crash: a process dying cannot be had in-process, so an SES client wrapper "dies" at the Nth send: from
 *   then on every SES and S3 call of that invocation fails, as if the process were gone (nothing confirms,
 *   nothing releases), and the handler's promise is abandoned; then a fresh handler is invoked.
 * Backoff waits are injected as no-ops (`sleep`), so no test waits for a backoff or asserts on time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import { createHandler, DeliveryFailedError, type HandlerDeps } from '../../lambdas/digest/handler.js';
import { configFromEnv } from '../../lambdas/digest/config.js';
import type { Digest } from '../../lambdas/pipeline/model.js';
import { closedPort, FaultProxy, s3Fault, sesDestination, sesFault, type ProxiedRequest } from './fault-proxy.js';
import { DAY_ARTICLES, endpoints, getText, lambdaEnv, listKeys, mailTo, newBucket, putText, s3Client, sesClient } from './emulators.js';

const noWait = { sleep: async () => undefined };

/** Invented articles (no corpus text), one per fault, each readable when nothing interferes. */
function extraArticle(topic: string): string {
  return `${topic} festival draws crowds in Port Wendel\n\nThe ${topic.toLowerCase()} festival in Port Wendel drew about 9,000 visitors on Saturday, organisers said. "We have never had so many guests," said organiser Jana Vik. Stalls lined the harbour front until late in the evening.\n`;
}

let s3: S3Client;
let bucket: string;
let s3Proxy: FaultProxy;
let sesProxy: FaultProxy;

beforeAll(async () => {
  s3 = s3Client();
  bucket = await newBucket(s3);
  s3Proxy = await FaultProxy.start(endpoints().s3);
  sesProxy = await FaultProxy.start(endpoints().ses);
});

afterAll(async () => {
  await s3Proxy?.close();
  await sesProxy?.close();
});

function handlerFor(recipients: string[], deps: Partial<HandlerDeps> = {}) {
  return createHandler({
    config: configFromEnv(lambdaEnv(bucket, recipients)),
    s3: s3Client({ endpoint: s3Proxy.url, maxAttempts: 1 }),
    ses: sesClient({ endpoint: sesProxy.url }),
    readRetry: noWait,
    sesRetry: noWait,
    // Short enough that a stalled GET costs seconds, long enough that a healthy GET on a loaded machine never times
    // out (300 ms did under a load average of 18, and the "read exactly once" count flaked).
    readAttemptTimeoutMs: 1_000,
    ...deps,
  });
}

async function putDay(date: string, articles: Record<string, string>) {
  for (const [id, body] of Object.entries(articles)) await putText(s3, bucket, `articles/${date}/${id}`, body);
}

const isGetOf = (key: string) => (r: ProxiedRequest) => r.method === 'GET' && r.path === `/${bucket}/${key}`;

describe('S3 GET errors and timeouts on some objects', () => {
  const DATE = '2024-06-03';
  const day: Record<string, string> = {
    ...DAY_ARTICLES,
    'faults/flaky-500.txt': extraArticle('Kite'), // 500 once, then fine: read on the retry
    'faults/flaky-slowdown.txt': extraArticle('Lantern'), // 503 SlowDown twice, then fine
    'faults/always-500.txt': extraArticle('Jazz'),
    'faults/always-slowdown.txt': extraArticle('Cheese'),
    'faults/stalls.txt': extraArticle('Boat'), // never answers
    'faults/stalls-mid-body.txt': extraArticle('Sand'), // headers and half the body, then silence
  };
  const RECIPIENT = 'fault-reads@example.net';

  it('retries with backoff, skips what stays unreadable with the reason, and still sends the digest', async () => {
    await putDay(DATE, day);
    const key = (id: string) => `articles/${DATE}/${id}`;
    s3Proxy.rule = (r) => {
      if (r.method !== 'GET' || !r.path.startsWith(`/${bucket}/articles/${DATE}/faults/`)) return undefined;
      const id = r.path.slice(`/${bucket}/articles/${DATE}/`.length);
      if (id === 'faults/flaky-500.txt' && r.nth === 1) return s3Fault(500, 'InternalError', 'We encountered an internal error.');
      if (id === 'faults/flaky-slowdown.txt' && r.nth <= 2) return s3Fault(503, 'SlowDown', 'Please reduce your request rate.');
      if (id === 'faults/always-500.txt') return s3Fault(500, 'InternalError', 'We encountered an internal error.');
      if (id === 'faults/always-slowdown.txt') return s3Fault(503, 'SlowDown', 'Please reduce your request rate.');
      if (id === 'faults/stalls.txt') return { kind: 'stall' };
      if (id === 'faults/stalls-mid-body.txt') return { kind: 'stall-body' };
      return undefined;
    };
    const delays: number[] = [];
    const digest = handlerFor([RECIPIENT], { readRetry: { ...noWait, attempts: 3, onRetry: (_e, _a, ms) => void delays.push(ms) } });
    const before = (await mailTo(RECIPIENT)).length;
    const summary = await digest({ date: DATE });
    s3Proxy.rule = () => undefined;

    // Attempts, counted at the proxy: recovered objects took exactly what they needed, the rest all three.
    expect(s3Proxy.count(isGetOf(key('faults/flaky-500.txt')))).toBe(2);
    expect(s3Proxy.count(isGetOf(key('faults/flaky-slowdown.txt')))).toBe(3);
    for (const id of ['faults/always-500.txt', 'faults/always-slowdown.txt', 'faults/stalls.txt', 'faults/stalls-mid-body.txt']) {
      expect(s3Proxy.count(isGetOf(key(id))), id).toBe(3);
    }
    expect(s3Proxy.count(isGetOf(key('harbor-times/bridge.txt')))).toBe(1);
    expect(delays).toHaveLength(2 * 4 + 1 + 2); // two waits per lost object, one and two for the recovered ones

    expect(summary).toMatchObject({ articles: 5, skipped: 4, unreadable: 4, sent: 1, failed: 0 });
    const reasons = Object.fromEntries(summary.skippedFiles.map((s) => [s.id, s.reason]));
    expect(reasons['faults/always-500.txt']).toMatch(/^could not be read: failed after 3 attempts: .*InternalError/);
    expect(reasons['faults/always-slowdown.txt']).toMatch(/^could not be read: failed after 3 attempts: .*SlowDown/);
    expect(reasons['faults/stalls.txt']).toMatch(/^could not be read: failed after 3 attempts: GET timed out/);
    expect(reasons['faults/stalls-mid-body.txt']).toMatch(/^could not be read: failed after 3 attempts: GET timed out/);

    // Accounting: every listed object is in exactly one place, read (in one story) or skipped with a reason.
    const listed = (await listKeys(s3, bucket, `articles/${DATE}/`)).map((k) => k.slice(`articles/${DATE}/`.length));
    const archived = JSON.parse(await getText(s3, bucket, `digests/${DATE}/digest.json`)) as Digest;
    const inStories = archived.stories.flatMap((story) => story.articles.map((a) => a.id));
    const skipped = archived.stats.skipped.map((s) => s.id);
    expect(new Set(inStories).size).toBe(inStories.length);
    expect([...inStories, ...skipped].sort()).toEqual(listed.sort());
    expect(archived.stats.articles + skipped.length).toBe(listed.length);
    expect(JSON.parse(await getText(s3, bucket, `digests/${DATE}/summary.json`))).toMatchObject({ unreadable: 4, skipped: 4 });

    // The digest went out, once, and counts only what it read.
    const mails = (await mailTo(RECIPIENT)).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body.text).toMatch(/\b5 articles read\b/);
  });

  it('stops retrying a read when the invocation runs out of time, leaving the cleanup reserve', async () => {
    const date = '2024-06-04';
    await putDay(date, { 'only/always-503.txt': extraArticle('Harbour'), ...DAY_ARTICLES });
    s3Proxy.rule = (r) => (r.method === 'GET' && r.path.endsWith('/only/always-503.txt') ? s3Fault(503, 'SlowDown') : undefined);
    // A fake clock: each backoff wait uses up a second of the Lambda's remaining time, nothing really waits.
    let remaining = 22_500;
    const digest = handlerFor(['fault-budget-read@example.net'], {
      readRetry: { attempts: 10, baseDelayMs: 1_000, maxDelayMs: 1_000, random: () => 1, sleep: async (ms) => void (remaining -= ms) },
      cleanupReserveMs: 20_000,
    });
    const summary = await digest({ date, dryRun: true }, { getRemainingTimeInMillis: () => remaining });
    s3Proxy.rule = () => undefined;
    // 2,500 ms over the reserve: two waits of 1,000 fit, the third would not. Three attempts, not ten.
    expect(s3Proxy.count((r) => r.method === 'GET' && r.path === `/${bucket}/articles/${date}/only/always-503.txt`)).toBe(3);
    expect(summary.skippedFiles).toEqual([{ id: 'only/always-503.txt', reason: expect.stringMatching(/could not be read: gave up after 3 attempts: time budget/) }]);
    expect(summary).toMatchObject({ articles: 3, unreadable: 1 });
  });
});

describe('SES throttling and 5xx', () => {
  const DATE = '2024-06-05';
  const A = 'fault-ses-a@example.net';
  const B = 'fault-ses-b@example.net';

  it('retries with backoff and jitter until each message is accepted, then each reader has exactly one', async () => {
    await putDay(DATE, DAY_ARTICLES);
    sesProxy.rule = (r) => {
      const to = sesDestination(r);
      if (!to) return undefined;
      const nth = sesProxy.requests.filter((x) => sesDestination(x) === to).length;
      if (to === A && nth === 1) return sesFault(400, 'Throttling', 'Maximum sending rate exceeded.');
      if (to === A && nth === 2) return sesFault(503, 'ServiceUnavailable', 'Service unavailable.');
      if (to === B && nth <= 3) return sesFault(500, 'InternalFailure', 'Internal failure.');
      return undefined;
    };
    const delays: number[] = [];
    const digest = handlerFor([A, B], { sesRetry: { ...noWait, baseDelayMs: 100, random: () => 0.5, onRetry: (_e, _a, ms) => void delays.push(ms) } });
    const beforeA = (await mailTo(A)).length;
    const beforeB = (await mailTo(B)).length;
    const summary = await digest({ date: DATE });
    sesProxy.rule = () => undefined;

    expect(sesProxy.count((r) => sesDestination(r) === A)).toBe(3);
    expect(sesProxy.count((r) => sesDestination(r) === B)).toBe(4);
    // Full jitter (random 0.5) under a doubling ceiling: 50, 100 for A; 50, 100, 200 for B.
    expect(delays.sort((x, y) => x - y)).toEqual([50, 50, 100, 100, 200]);
    expect(summary).toMatchObject({ sent: 2, failed: 0, inDoubt: 0 });
    expect((await mailTo(A)).length - beforeA).toBe(1);
    expect((await mailTo(B)).length - beforeB).toBe(1);
    expect(await listKeys(s3, bucket, `state/sent/${DATE}/`)).toHaveLength(2);
  });

  it('gives up before the Lambda timeout, releases the claim and fails the invocation so the retry sends it', async () => {
    const date = '2024-06-06';
    const C = 'fault-ses-budget@example.net';
    await putDay(date, DAY_ARTICLES);
    sesProxy.rule = (r) => (sesDestination(r) === C ? sesFault(400, 'Throttling', 'Maximum sending rate exceeded.') : undefined);
    let remaining = 23_500;
    const digest = handlerFor([C], {
      sesRetry: { attempts: 10, baseDelayMs: 1_000, maxDelayMs: 1_000, random: () => 1, sleep: async (ms) => void (remaining -= ms) },
      cleanupReserveMs: 20_000,
    });
    const run = digest({ date }, { getRemainingTimeInMillis: () => remaining });
    await expect(run).rejects.toThrow(DeliveryFailedError);
    await expect(run).rejects.toThrow(/1 of 1 sends failed; 0 sent/);
    // 3,500 ms over the reserve: three waits of 1,000 fit, the fourth would not. Four attempts, not ten.
    expect(sesProxy.count((r) => sesDestination(r) === C)).toBe(4);
    const summary = JSON.parse(await getText(s3, bucket, `digests/${date}/summary.json`));
    expect(summary.deliveries).toEqual([{ to: 'f***@example.net', status: 'failed', error: expect.stringMatching(/gave up after 4 attempts: time budget.*Throttling/) }]);
    expect(await listKeys(s3, bucket, `state/sent/${date}/`)).toEqual([]); // the claim was given back

    // The schedule's retry, with SES calm again, sends it.
    sesProxy.rule = () => undefined;
    const retry = await handlerFor([C])({ date });
    expect(retry).toMatchObject({ sent: 1, failed: 0 });
    expect(await mailTo(C)).toHaveLength(1);
  });
});

describe('a crash after some recipients were sent', () => {
  const readers = (tag: string) => [1, 2, 3, 4, 5].map((i) => `fault-crash-${tag}-${i}@example.net`);

  it('the sink failing from the Nth send on: the re-invocation sends only to the rest', async () => {
    const date = '2024-06-07';
    const to = readers('soft');
    await putDay(date, DAY_ARTICLES);
    const real = sesClient();
    let accepted = 0;
    const crashing = {
      send: async (command: never) => {
        if (accepted >= 2) throw Object.assign(new Error('sink died'), { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } });
        accepted++;
        return real.send(command);
      },
    };
    const first = handlerFor(to, { ses: crashing as never, sesRetry: { ...noWait, attempts: 2 } });
    await expect(first({ date })).rejects.toThrow(/3 of 5 sends failed; 2 sent/);
    expect(await listKeys(s3, bucket, `state/sent/${date}/`)).toHaveLength(2);

    const again = await handlerFor(to)({ date });
    expect(again).toMatchObject({ sent: 3, alreadySent: 2, failed: 0, inDoubt: 0 });
    // Accounting: each reader has exactly one copy of the day.
    for (const reader of to) expect(await mailTo(reader), reader).toHaveLength(1);
  });

  it('the process dying mid-send: the rest are sent, the one in flight is reported in doubt, never sent twice', async () => {
    const date = '2024-06-08';
    const to = readers('hard');
    await putDay(date, DAY_ARTICLES);
    const real = sesClient();
    let dead = false;
    let accepted = 0;
    const dying = {
      send: async (command: never) => {
        if (dead || accepted >= 2) {
          dead = true; // from here on, nothing this invocation does reaches anything
          throw new Error('process died');
        }
        accepted++;
        return real.send(command);
      },
    };
    const deadS3 = s3Client();
    deadS3.middlewareStack.add(
      (next) => async (args) => {
        if (dead) throw new Error('process died');
        return next(args);
      },
      { step: 'initialize', name: 'processDied' },
    );
    // One send at a time, so which reader is in flight at the crash is fixed: the third.
    const first = handlerFor(to, { s3: deadS3, ses: dying as never, sendConcurrency: 1 });
    await first({ date }).catch(() => undefined); // a dead process reports nothing; whatever it threw is moot
    expect(await listKeys(s3, bucket, `state/sent/${date}/`)).toHaveLength(3); // two confirmed, one left "sending"

    const retry = handlerFor(to);
    const again = retry({ date });
    await expect(again).rejects.toThrow(/1 in doubt/);
    const summary = JSON.parse(await getText(s3, bucket, `digests/${date}/summary.json`));
    expect(summary).toMatchObject({ sent: 2, alreadySent: 2, inDoubt: 1, failed: 0 });
    const statusOf = Object.fromEntries(summary.deliveries.map((d: { to: string; status: string }, i: number) => [to[i], d.status]));
    expect(statusOf).toEqual({ [to[0]!]: 'already-sent', [to[1]!]: 'already-sent', [to[2]!]: 'in-doubt', [to[3]!]: 'sent', [to[4]!]: 'sent' });
    // Accounting: nobody got two; the only reader without mail is the one reported in doubt.
    const counts = await Promise.all(to.map(async (r) => (await mailTo(r)).length));
    expect(counts).toEqual([1, 1, 0, 1, 1]);

    // The operator resends to the reader in doubt on purpose; now everyone has exactly one.
    await handlerFor(to)({ date, recipients: [to[2]!], force: true });
    expect(await Promise.all(to.map(async (r) => (await mailTo(r)).length))).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('S3 or SES unreachable', () => {
  it('S3 refusing connections fails the invocation naming S3, and nothing is sent or marked', async () => {
    const date = '2024-06-10';
    const reader = 'fault-no-s3@example.net';
    await putDay(date, DAY_ARTICLES);
    const port = await closedPort();
    const digest = handlerFor([reader], { s3: s3Client({ endpoint: `http://127.0.0.1:${port}`, maxAttempts: 1 }) });
    await expect(digest({ date })).rejects.toThrow(new RegExp(`^S3 unreachable \\(bucket "${bucket}"\\): connect ECONNREFUSED 127\\.0\\.0\\.1:${port}`));
    expect(await mailTo(reader)).toEqual([]);
    expect(await listKeys(s3, bucket, `state/sent/${date}/`)).toEqual([]);
    expect(await listKeys(s3, bucket, `digests/${date}/`)).toEqual([]);
  });

  it('S3 refusing only the article reads fails the run naming the listing', async () => {
    const date = '2024-06-11';
    const reader = 'fault-no-s3-reads@example.net';
    await putDay(date, DAY_ARTICLES);
    const port = await closedPort();
    const digest = handlerFor([reader], { articlesS3: s3Client({ endpoint: `http://127.0.0.1:${port}`, maxAttempts: 1 }) });
    await expect(digest({ date })).rejects.toThrow(/^S3 unreachable \(listing s3:\/\/nd-[0-9a-f]+\/articles\/2024-06-11\/\): connect ECONNREFUSED/);
    expect(await mailTo(reader)).toEqual([]);
    expect(await listKeys(s3, bucket, `state/sent/${date}/`)).toEqual([]);
  });

  it('S3 refusing the GETs after a good listing fails the run naming the object, instead of mailing an empty digest', async () => {
    const date = '2024-06-13';
    const reader = 'fault-no-s3-gets@example.net';
    await putDay(date, DAY_ARTICLES);
    const port = await closedPort();
    const refusing = s3Client({ maxAttempts: 1 });
    // The listing answers, every GET fails as a closed port fails it (ECONNREFUSED): an SDK middleware, because
    // one client cannot send some commands to a closed port and others to the emulator.
    refusing.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'GetObjectCommand') {
          throw Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:${port}`), { code: 'ECONNREFUSED' });
        }
        return next(args);
      },
      { step: 'initialize', name: 'refuseGets' },
    );
    const digest = handlerFor([reader], { articlesS3: refusing });
    // readDay rethrows the source's ServiceUnreachableError, which names the very object it could not read.
    await expect(digest({ date })).rejects.toThrow(/^S3 unreachable \(reading s3:\/\/nd-[0-9a-f]+\/articles\/2024-06-13\/[^ )]+\): connect ECONNREFUSED/);
    expect(await mailTo(reader)).toEqual([]);
    expect(await listKeys(s3, bucket, `state/sent/${date}/`)).toEqual([]);
    expect(await listKeys(s3, bucket, `digests/${date}/`)).toEqual([]);
  });

  it('SES refusing connections fails the invocation naming SES, releases every claim, and the retry sends', async () => {
    const date = '2024-06-12';
    const to = ['fault-no-ses-1@example.net', 'fault-no-ses-2@example.net', 'fault-no-ses-3@example.net'];
    await putDay(date, DAY_ARTICLES);
    const port = await closedPort();
    const digest = handlerFor(to, {
      ses: sesClient({ endpoint: `http://127.0.0.1:${port}` }),
      sesRetry: { ...noWait, attempts: 3 },
      sendConcurrency: 1,
    });
    const run = digest({ date });
    await expect(run).rejects.toThrow(DeliveryFailedError);
    await expect(run).rejects.toThrow(/SES unreachable, 3 of 3 not sent and not marked as sent; 0 sent \(SES unreachable \(SendRawEmail\): .*ECONNREFUSED/);
    expect(await listKeys(s3, bucket, `state/sent/${date}/`)).toEqual([]);
    const summary = JSON.parse(await getText(s3, bucket, `digests/${date}/summary.json`));
    expect(summary).toMatchObject({ sent: 0, failed: 3 });
    // The first reader's send found SES gone; the others were not tried against a service known to be down.
    expect(summary.deliveries.map((d: { error: string }) => /^not attempted: SES unreachable/.test(d.error))).toEqual([false, true, true]);

    // The schedule's retry, with SES back: everyone gets exactly one.
    const retry = await handlerFor(to)({ date });
    expect(retry).toMatchObject({ sent: 3, alreadySent: 0, failed: 0 });
    for (const reader of to) expect(await mailTo(reader), reader).toHaveLength(1);
  });
});
