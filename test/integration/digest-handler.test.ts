/**
 * The digest function invoked as Lambda invokes it (event + context, configuration from the environment the
 * stack sets), against s3rver and aws-ses-v2-local on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { DAY_ARTICLES, getText, lambdaEnv, listKeys, mailTo, newBucket, putText, receivedMail, s3Client, sesClient } from './emulators.js';

const A = 'anna@example.com';
const B = 'ben@example.org';
const CONTEXT = { awsRequestId: 'req-1', functionName: 'NewsDigest-Digest', invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:x' };

/**
 * Mail to this file's recipients only: other test files share the SES emulator and send in parallel, so
 * counting everything it received would race with them.
 */
async function ourMail() {
  const ours = new Set([A, B, 'carl@example.net', 'dora@example.net']);
  return (await receivedMail()).filter((m) => m.destination.to.some((t) => ours.has(t)));
}

let s3: S3Client;
let bucket: string;
let handler: typeof import('../../lambdas/digest/handler.js').handler;
const savedEnv = { ...process.env };

async function putDay(date: string, articles: Record<string, string> = DAY_ARTICLES) {
  for (const [id, body] of Object.entries(articles)) await putText(s3, bucket, `articles/${date}/${id}`, body);
}

beforeAll(async () => {
  s3 = s3Client();
  bucket = await newBucket(s3);
  Object.assign(process.env, lambdaEnv(bucket, [A, B]));
  ({ handler } = await import('../../lambdas/digest/handler.js'));
});

afterAll(() => {
  process.env = savedEnv;
});

describe('scheduled invocation', () => {
  it('digests the previous day in the configured time zone, archives it and mails every recipient', async () => {
    // 23:30 UTC on 9 March is 00:30 on 10 March in Berlin: "yesterday" there is the 9th, not the 8th.
    await putDay('2024-03-09');
    const before = (await ourMail()).length;
    const summary = await handler({ source: 'news-digest.scheduler', scheduledTime: '2024-03-09T23:30:00Z' }, CONTEXT);

    expect(summary).toMatchObject({ trigger: 'schedule', date: '2024-03-09', prefix: 'articles/2024-03-09/', articles: 3, sent: 2, failed: 0, skipped: 0 });
    expect(summary.stories).toBeGreaterThanOrEqual(2);
    expect(summary.archive).toEqual([
      'digests/2024-03-09/digest.json',
      'digests/2024-03-09/continuity.json',
      'digests/2024-03-09/digest.html',
      'digests/2024-03-09/email.txt',
      'digests/2024-03-09/summary.json',
    ]);
    const json = await getText(s3, bucket, 'digests/2024-03-09/digest.json');
    const digest = JSON.parse(json);
    expect(digest).toMatchObject({ date: '2024-03-09', stats: { articles: 3 } });
    // Uploaded in chunks, the bytes of one JSON.stringify(digest, null, 2).
    expect(json).toBe(JSON.stringify(digest, null, 2));

    const mails = (await ourMail()).slice(before);
    expect(mails.map((m) => m.destination.to.join()).sort()).toEqual([A, B]);
    for (const mail of mails) {
      expect(mail.from).toContain('digest@example.com');
      expect(mail.body.html).toContain('<html');
      expect(mail.body.text?.length).toBeGreaterThan(50);
      // Each message carries its own recipient's token; the render placeholder never leaks.
      // Handlebars writes "=" in attributes as &#x3D;.
      expect(mail.body.html!.replaceAll('&#x3D;', '=')).toMatch(/https:\/\/unsubscribe\.example\.test\/\?t=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}/);
      expect(mail.body.text).toMatch(/https:\/\/unsubscribe\.example\.test\/\?t=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}/);
      expect(mail.body.html).not.toMatch(/tok[0-9a-f]{32}/);
    }
    expect(await listKeys(s3, bucket, 'state/sent/2024-03-09/')).toHaveLength(2);
  });

  it('sends nothing new when invoked again for the same day (retry, repeat)', async () => {
    const before = (await ourMail()).length;
    const summary = await handler({ source: 'news-digest.scheduler', scheduledTime: '2024-03-09T23:30:00Z' }, CONTEXT);
    expect(summary).toMatchObject({ sent: 0, alreadySent: 2 });
    expect((await ourMail()).length).toBe(before);
  });

  it('sends again only when forced', async () => {
    const before = (await mailTo(A)).length;
    const summary = await handler({ date: '2024-03-09', recipients: [A], force: true }, CONTEXT);
    expect(summary).toMatchObject({ trigger: 'manual', sent: 1, alreadySent: 0, force: true });
    expect((await mailTo(A)).length).toBe(before + 1);
  });
});

describe('manual invocation', () => {
  it('dry run renders and archives but sends nothing', async () => {
    await putDay('2024-03-11');
    const before = (await ourMail()).length;
    const summary = await handler({ date: '2024-03-11', dryRun: true }, CONTEXT);
    expect(summary).toMatchObject({ dryRun: true, articles: 3, sent: 0, deliveries: [] });
    expect(await listKeys(s3, bucket, 'digests/2024-03-11/')).toHaveLength(5);
    expect(await listKeys(s3, bucket, 'state/sent/2024-03-11/')).toEqual([]);
    expect((await ourMail()).length).toBe(before);
    // The archived web copy has a dead unsubscribe link, never a placeholder, and no view link to itself.
    const archived = (await getText(s3, bucket, 'digests/2024-03-11/digest.html')).replaceAll('&#x3D;', '=');
    expect(archived).not.toContain('/view?');
    expect(archived).toContain('?t=archived-copy');
    expect(archived).not.toMatch(/tok[0-9a-f]{32}/);
  });

  it('reads part of the day\'s folder when asked, and skips oversized or unreadable files with reasons', async () => {
    await putText(s3, bucket, 'articles/2024-03-12/special/one/a.txt', DAY_ARTICLES['harbor-times/bridge.txt']!);
    await putText(s3, bucket, 'articles/2024-03-12/special/one/huge.txt', 'x'.repeat(6 * 1024 * 1024));
    await putText(s3, bucket, 'articles/2024-03-12/special/one/broken.json', '{ not json');
    const summary = await handler({ date: '2024-03-12', prefix: 'articles/2024-03-12/special/one/', dryRun: true }, CONTEXT);
    expect(summary).toMatchObject({ prefix: 'articles/2024-03-12/special/one/', articles: 1, skipped: 2 });
    const reasons = Object.fromEntries(summary.skippedFiles.map((s) => [s.id, s.reason]));
    expect(reasons['huge.txt']).toMatch(/too large/);
    expect(reasons['broken.json']).toMatch(/JSON/i);
  });

  it('sends nothing on an empty day', async () => {
    const before = (await ourMail()).length;
    const summary = await handler({ date: '2024-03-13' }, CONTEXT);
    expect(summary).toMatchObject({ articles: 0, emptyDay: true, sent: 0 });
    expect((await ourMail()).length).toBe(before);
  });

  it.each([
    ['a string', 'hello', /must be a JSON object/],
    ['an impossible date', { date: '2024-02-30' }, /"date": must be a calendar date/],
    ['an unknown key', { date: '2024-03-09', dryrun: true }, /Unrecognized key.*dryrun|dryrun/],
    ['a wrong type', { dryRun: 'yes' }, /"dryRun"/],
    ['an unconfigured recipient', { recipients: ['stranger@evil.test'] }, /only name configured recipients; not configured: stranger@evil.test/],
    ['a prefix outside the articles prefix', { prefix: 'state/' }, /under the articles prefix/],
    ['a prefix climbing out', { prefix: 'articles/../state/' }, /must not contain "\.\."/],
    ['a prefix over the whole history', { date: '2024-03-09', prefix: 'articles/' }, /inside the folder of the date digested, "articles\/2024-03-09\/"/],
    ['another day\'s folder', { date: '2024-03-09', prefix: 'articles/2024-03-08/', force: true }, /inside the folder of the date digested/],
    ['a scheduled event without time', { source: 'news-digest.scheduler' }, /invalid scheduled event.*scheduledTime/],
  ])('rejects %s with a clear error and sends nothing', async (_name, event, message) => {
    const before = (await ourMail()).length;
    await expect(handler(event, CONTEXT)).rejects.toThrow(message);
    expect((await ourMail()).length).toBe(before);
    expect(await mailTo('stranger@evil.test')).toEqual([]);
  });
});

describe('unsubscribe and suppression', () => {
  it('an address unsubscribed through the one-click POST gets no later digest; the others still do', async () => {
    const { createHandler } = await import('../../lambdas/digest/handler.js');
    const { configFromEnv } = await import('../../lambdas/digest/config.js');
    const { createUnsubscribeHandler } = await import('../../lambdas/unsubscribe/handler.js');

    // A real SES client whose raw messages we also keep: the emulator's store drops custom headers.
    const ses = sesClient();
    const raws: string[] = [];
    ses.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { RawMessage?: { Data?: Uint8Array } };
        if (input.RawMessage?.Data) raws.push(Buffer.from(input.RawMessage.Data).toString('utf8'));
        return next(args);
      },
      { step: 'initialize', name: 'captureRaw' },
    );
    const digest = createHandler({ config: configFromEnv(), s3, ses });
    await putDay('2024-03-14');
    const first = await digest({ date: '2024-03-14' }, CONTEXT);
    expect(first.sent).toBe(2);

    // Unfold folded header lines (RFC 5322 2.2.3) before reading them.
    const rawForB = raws.map((r) => r.replace(/\r\n[ \t]+/g, ' ')).find((r) => /^To: ben@example\.org/m.test(r))!;
    expect(rawForB).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
    const link = /^List-Unsubscribe: <([^>]+)>\r$/m.exec(rawForB)?.[1];
    expect(link).toMatch(/^https:\/\/unsubscribe\.example\.test\/\?t=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(rawForB).toMatch(/Content-Type: text\/plain/);
    expect(rawForB).toMatch(/Content-Type: text\/html/);

    const token = new URL(link!).searchParams.get('t')!;
    const unsubscribe = createUnsubscribeHandler({ s3, bucket });
    const page = await unsubscribe(urlEvent('GET', token));
    expect(page.statusCode).toBe(200);
    expect(await listKeys(s3, bucket, 'state/suppressions/')).toEqual([]); // a GET (mail scanner) changes nothing
    const done = await unsubscribe(urlEvent('POST', token, 'List-Unsubscribe=One-Click'));
    expect(done.statusCode).toBe(200);
    expect(await listKeys(s3, bucket, 'state/suppressions/')).toHaveLength(1);

    await putDay('2024-03-15');
    const beforeB = (await mailTo(B)).length;
    const beforeA = (await mailTo(A)).length;
    const next = await digest({ date: '2024-03-15' }, CONTEXT);
    expect(next).toMatchObject({ sent: 1, suppressed: 1 });
    expect(next.deliveries.find((d) => d.to === B)?.status).toBe('suppressed');
    expect((await mailTo(B)).length).toBe(beforeB);
    expect((await mailTo(A)).length).toBe(beforeA + 1);
  });

  it('a permanent bounce reported by SES suppresses the address', async () => {
    const { createFeedbackHandler } = await import('../../lambdas/unsubscribe/feedback-handler.js');
    const feedback = createFeedbackHandler({ s3, bucket });
    const message = { eventType: 'Bounce', bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: A }] } };
    const result = await feedback({ Records: [{ Sns: { Message: JSON.stringify(message), MessageId: 'm1' } }] } as never);
    expect(result.suppressed).toBe(1);
    await putDay('2024-03-16');
    const summary = await handler({ date: '2024-03-16' }, CONTEXT);
    expect(summary).toMatchObject({ sent: 0, suppressed: 2 });
  });
});

describe('send failures', () => {
  it('fails the invocation after trying everyone, releases the failed claim, and the retry sends only what is missing', async () => {
    const { createHandler, DeliveryFailedError } = await import('../../lambdas/digest/handler.js');
    const { configFromEnv } = await import('../../lambdas/digest/config.js');
    const { SESServiceException } = await import('@aws-sdk/client-ses');
    const real = sesClient();
    let failFor: string | null = 'carl@example.net';
    const sentTo: string[] = [];
    // Real delivery to the emulator, except one recipient SES rejects (once): a non-retryable failure.
    const ses = {
      send: async (command: { input: { Destinations?: string[] } }) => {
        const to = command.input.Destinations?.[0] ?? '';
        if (to === failFor) throw new SESServiceException({ name: 'MessageRejected', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'rejected for the test' });
        sentTo.push(to);
        return real.send(command as never);
      },
    };
    const config = { ...configFromEnv(), recipients: ['dora@example.net', 'carl@example.net'] };
    const digest = createHandler({ config, s3, ses: ses as never, sesRetry: { sleep: async () => undefined } });
    await putDay('2024-03-20');

    const first = digest({ date: '2024-03-20' }, CONTEXT);
    await expect(first).rejects.toThrow(DeliveryFailedError);
    await expect(first).rejects.toThrow(/1 of 2 sends failed; 1 sent/);
    expect(sentTo).toEqual(['dora@example.net']);
    expect(await listKeys(s3, bucket, 'state/sent/2024-03-20/')).toHaveLength(1);
    const summary = JSON.parse(await getText(s3, bucket, 'digests/2024-03-20/summary.json'));
    expect(summary).toMatchObject({ sent: 1, failed: 1 });
    expect(JSON.stringify(summary)).not.toContain('carl@example.net'); // addresses are masked in the archive

    failFor = null;
    const retry = await digest({ date: '2024-03-20' }, CONTEXT);
    expect(retry).toMatchObject({ sent: 1, alreadySent: 1, failed: 0 });
    expect(sentTo).toEqual(['dora@example.net', 'carl@example.net']);
  });
});

function urlEvent(method: string, token: string, body?: string): LambdaFunctionURLEvent {
  return {
    version: '2.0',
    rawPath: '/',
    rawQueryString: `t=${token}`,
    queryStringParameters: { t: token },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    requestContext: { http: { method, path: '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } },
    body: body === undefined ? undefined : Buffer.from(body).toString('base64'),
    isBase64Encoded: body !== undefined,
  } as unknown as LambdaFunctionURLEvent;
}
