/**
 * "View in browser": the mail links to /view?d=DATE&t=TOKEN on the links endpoint (the function URL), which serves
 * the archived full web copy from the private bucket to a valid token only.
 */
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { createHandler } from '../../lambdas/digest/handler.js';
import { configFromEnv } from '../../lambdas/digest/config.js';
import { createUnsubscribeHandler } from '../../lambdas/unsubscribe/handler.js';
import { loadSigningKey } from '../../lambdas/shared/signing-key.js';
import { makeViewToken, verifyViewToken } from '../../lambdas/shared/view-token.js';
import { DAY_ARTICLES, getText, lambdaEnv, mailTo, newBucket, putText, s3Client, sesClient } from './emulators.js';

const READER = 'erin@example.net';
const DATE = '2024-05-07';

let s3: S3Client;
let bucket: string;
let links: ReturnType<typeof createUnsubscribeHandler>;

beforeAll(async () => {
  s3 = s3Client();
  bucket = await newBucket(s3);
  links = createUnsubscribeHandler({ s3, bucket });
});

function viewEvent(query: Record<string, string>, options: { method?: string; headers?: Record<string, string> } = {}): LambdaFunctionURLEvent {
  return {
    version: '2.0',
    rawPath: '/view',
    rawQueryString: new URLSearchParams(query).toString(),
    queryStringParameters: query,
    headers: options.headers ?? {},
    requestContext: { http: { method: options.method ?? 'GET', path: '/view', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } },
    isBase64Encoded: false,
  } as unknown as LambdaFunctionURLEvent;
}

/** Handlebars escapes `=` and `&` in attributes; the link as a browser would follow it. */
const unescape = (html: string) => html.replaceAll('&#x3D;', '=').replaceAll('&amp;', '&');
const VIEW_LINK = /https:\/\/unsubscribe\.example\.test\/view\?d=(\d{4}-\d{2}-\d{2})&t=([A-Za-z0-9_-]{43})/;

describe('view in browser', () => {
  let link: URL;

  it('the sent mail links to the archived web copy with a token that verifies for its day', async () => {
    for (const [id, body] of Object.entries(DAY_ARTICLES)) await putText(s3, bucket, `articles/${DATE}/${id}`, body);
    const digest = createHandler({ config: configFromEnv(lambdaEnv(bucket, [READER])), s3, ses: sesClient() });
    const before = (await mailTo(READER)).length;
    const summary = await digest({ date: DATE });
    expect(summary.sent).toBe(1);
    const mail = (await mailTo(READER)).slice(before)[0]!;

    const match = VIEW_LINK.exec(unescape(mail.body.html!));
    expect(match?.[1]).toBe(DATE);
    expect(mail.body.text).toMatch(VIEW_LINK); // the plain-text part offers it too
    link = new URL(match![0]);
    const key = await loadSigningKey(s3, bucket);
    expect(verifyViewToken(key!, DATE, link.searchParams.get('t')!)).toBe(true);
    expect(verifyViewToken(key!, '2024-05-08', link.searchParams.get('t')!)).toBe(false);
  });

  it('GET on the link returns the archived full HTML, scripts forbidden, not kept by shared caches', async () => {
    const response = await links(viewEvent(Object.fromEntries(link.searchParams)));
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(await getText(s3, bucket, `digests/${DATE}/digest.html`));
    expect(response.body).toContain('Port Wendel');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = response.headers['content-security-policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(response.headers['cache-control']).toMatch(/^(no-store|private, max-age=\d{1,3})$/);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('gzips the copy for browsers that accept it', async () => {
    const response = await links(viewEvent(Object.fromEntries(link.searchParams), { headers: { 'accept-encoding': 'gzip, br' } }));
    expect(response).toMatchObject({ statusCode: 200, isBase64Encoded: true, headers: { 'content-encoding': 'gzip' } });
    expect(gunzipSync(Buffer.from(response.body, 'base64')).toString('utf8')).toBe(await getText(s3, bucket, `digests/${DATE}/digest.html`));
  });

  it('refuses a forged token, a token of another day, a bad date and a missing token with 400', async () => {
    const token = link.searchParams.get('t')!;
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const query of [
      { d: DATE, t: forged },
      { d: DATE, t: makeViewToken(new Uint8Array(32), DATE) },
      { d: '2024-05-06', t: token },
      { d: '2024-05-07/../../state/unsubscribe-key', t: token },
      { d: DATE },
      {},
    ]) {
      const response = await links(viewEvent(query as Record<string, string>));
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.body).not.toContain('Port Wendel');
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers 404 for a signed day that has no archive, and 405 to anything but GET or HEAD', async () => {
    const key = (await loadSigningKey(s3, bucket))!;
    const missing = await links(viewEvent({ d: '2023-01-01', t: makeViewToken(key, '2023-01-01') }));
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Digest not found');
    const post = await links(viewEvent(Object.fromEntries(link.searchParams), { method: 'POST' }));
    expect(post.statusCode).toBe(405);
    const head = await links(viewEvent(Object.fromEntries(link.searchParams), { method: 'HEAD' }));
    expect(head).toMatchObject({ statusCode: 200, body: '' });
  });
});
