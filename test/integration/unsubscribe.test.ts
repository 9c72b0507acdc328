/** The unsubscribe endpoint (function URL) and the SES feedback function, against s3rver. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { createUnsubscribeHandler } from '../../lambdas/unsubscribe/handler.js';
import { createFeedbackHandler, suppressionsFromSesEvent } from '../../lambdas/unsubscribe/feedback-handler.js';
import { loadOrCreateSigningKey } from '../../lambdas/shared/signing-key.js';
import { makeUnsubscribeToken, verifyUnsubscribeToken } from '../../lambdas/shared/unsubscribe-token.js';
import { SuppressionList, isSuppressed } from '../../lambdas/shared/suppressions.js';
import { listKeys, newBucket, s3Client } from './emulators.js';

let s3: S3Client;
let bucket: string;
let key: Uint8Array;

beforeAll(async () => {
  s3 = s3Client();
  bucket = await newBucket(s3);
  key = await loadOrCreateSigningKey(s3, bucket);
});

function event(method: string, query: Record<string, string>, body?: string): LambdaFunctionURLEvent {
  return {
    queryStringParameters: query,
    requestContext: { http: { method } },
    body,
    isBase64Encoded: false,
  } as unknown as LambdaFunctionURLEvent;
}

describe('unsubscribe tokens', () => {
  it('verify for the address they were made for, and for no tampered variant', () => {
    const token = makeUnsubscribeToken(key, 'Reader@Example.com');
    expect(verifyUnsubscribeToken(key, token)).toBe('reader@example.com');
    const [payload, sig] = token.split('.') as [string, string];
    const otherPayload = Buffer.from('victim@example.com').toString('base64url');
    expect(verifyUnsubscribeToken(key, `${otherPayload}.${sig}`)).toBeNull();
    expect(verifyUnsubscribeToken(key, `${payload}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(verifyUnsubscribeToken(new Uint8Array(32), token)).toBeNull();
    expect(verifyUnsubscribeToken(key, '')).toBeNull();
    expect(verifyUnsubscribeToken(key, 'x'.repeat(5000))).toBeNull();
  });

  it('keeps one signing key per bucket', async () => {
    expect(Buffer.from(await loadOrCreateSigningKey(s3, bucket)).equals(Buffer.from(key))).toBe(true);
  });
});

describe('unsubscribe endpoint', () => {
  it('GET shows a confirm form and records nothing (mail scanners open links)', async () => {
    const handle = createUnsubscribeHandler({ s3, bucket });
    const token = makeUnsubscribeToken(key, 'scanner@example.com');
    const response = await handle(event('GET', { t: token }));
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('<form method="post"');
    expect(response.body).toContain(`?t=${encodeURIComponent(token)}`);
    expect(response.body).toContain('s***@example.com');
    expect(response.body).not.toContain('scanner@example.com');
    expect(isSuppressed(await new SuppressionList(s3, bucket).load(), 'scanner@example.com')).toBe(false);
  });

  it('POST (RFC 8058 one-click) unsubscribes at once', async () => {
    const handle = createUnsubscribeHandler({ s3, bucket, now: () => new Date('2024-06-01T10:00:00Z') });
    const token = makeUnsubscribeToken(key, 'leaver@example.com');
    const response = await handle(event('POST', { t: token }, 'List-Unsubscribe=One-Click'));
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('You are unsubscribed');
    expect(isSuppressed(await new SuppressionList(s3, bucket).load(), 'leaver@example.com')).toBe(true);
  });

  it('refuses forged or missing tokens with 400 and other methods with 405, recording nothing', async () => {
    const handle = createUnsubscribeHandler({ s3, bucket });
    const before = await listKeys(s3, bucket, 'state/suppressions/');
    const forged = `${Buffer.from('victim@example.com').toString('base64url')}.${'A'.repeat(43)}`;
    expect((await handle(event('POST', { t: forged }))).statusCode).toBe(400);
    expect((await handle(event('POST', {}))).statusCode).toBe(400);
    const del = await handle(event('DELETE', { t: makeUnsubscribeToken(key, 'x@example.com') }));
    expect(del.statusCode).toBe(405);
    expect(await listKeys(s3, bucket, 'state/suppressions/')).toEqual(before);
  });

  it('sends security headers and escapes what it shows', async () => {
    const handle = createUnsubscribeHandler({ s3, bucket });
    const response = await handle(event('GET', { t: makeUnsubscribeToken(key, '<b>@example.com') }));
    expect(response.headers?.['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers?.['cache-control']).toBe('no-store');
    expect(response.body).not.toContain('<b>@');
    expect(response.body).toContain('&#60;***@example.com');
  });
});

describe('SES feedback', () => {
  it('suppresses permanent bounces and complaints, not transient bounces or deliveries', () => {
    expect(suppressionsFromSesEvent({ eventType: 'Bounce', bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: 'a@example.com' }] } })).toEqual([]);
    expect(suppressionsFromSesEvent({ eventType: 'Delivery' })).toEqual([]);
    expect(suppressionsFromSesEvent({ notificationType: 'Complaint', complaint: { complaintFeedbackType: 'abuse', complainedRecipients: [{ emailAddress: '"A" <A@Example.com>' }] } })).toEqual([
      { address: 'a@example.com', reason: 'complaint', detail: 'complaint abuse' },
    ]);
  });

  it('records the suppression from an SNS-delivered SES event and ignores junk messages', async () => {
    const handle = createFeedbackHandler({ s3, bucket });
    const bounce = { eventType: 'Bounce', bounce: { bounceType: 'Permanent', bounceSubType: 'NoEmail', bouncedRecipients: [{ emailAddress: 'gone@example.com' }] } };
    const result = await handle({ Records: [{ Sns: { Message: 'not json', MessageId: '1' } }, { Sns: { Message: JSON.stringify(bounce), MessageId: '2' } }] } as never);
    expect(result).toEqual({ suppressed: 1 });
    expect(isSuppressed(await new SuppressionList(s3, bucket).load(), 'gone@example.com')).toBe(true);
  });
});
