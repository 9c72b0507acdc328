/**
 * The links endpoint (one Lambda function URL) behind the two kinds of link in a digest:
 * - `/view?d=YYYY-MM-DD&t=<token>`: the archived web copy of a day ("View in browser"), see view.ts;
 * - any other path: unsubscribe. The link in every digest and its List-Unsubscribe header carry `?t=<token>`,
 *   an HMAC-signed address (shared/unsubscribe-token.ts).
 * The unsubscribe route lives at the root because links already sent must keep working.
 * - POST unsubscribes at once: that is RFC 8058 one-click, sent by the mail client with the body
 *   `List-Unsubscribe=One-Click`, and also what the confirm page's button sends.
 * - GET only shows a page with a confirm button: mail scanners and previews fetch links, and a GET that
 *   unsubscribed would unsubscribe people who never clicked.
 * The opt-out is a suppression record in the bucket, honoured by every later digest.
 */
import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import { makeS3Client } from '../shared/aws-clients.js';
import { maskAddress } from '../shared/bucket-layout.js';
import { SuppressionList } from '../shared/suppressions.js';
import { loadSigningKey } from '../shared/signing-key.js';
import { verifyUnsubscribeToken } from '../shared/unsubscribe-token.js';
import { logger } from '../shared/logger.js';
import { VIEW_PATH } from '../shared/view-token.js';
import { createViewHandler } from './view.js';
import { confirmPage, donePage, invalidLinkPage, methodNotAllowedPage } from './pages.js';

export interface UnsubscribeDeps {
  s3: S3Client;
  bucket: string;
  now?: () => Date;
}

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** What a function URL handler returns: status, headers and an HTML body. */
export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /** Set when `body` is base64 (a gzipped web copy). */
  isBase64Encoded?: boolean;
}

function respond(statusCode: number, body: string, extra: Record<string, string> = {}): HttpResponse {
  return { statusCode, headers: { ...HEADERS, ...extra }, body };
}

export function createUnsubscribeHandler(deps: UnsubscribeDeps) {
  const now = deps.now ?? (() => new Date());
  let key: Uint8Array | null = null;
  // Cached once found; while there is none yet (no digest ever sent) every request looks again.
  const signingKey = async () => (key ??= await loadSigningKey(deps.s3, deps.bucket));
  const view = createViewHandler({ s3: deps.s3, bucket: deps.bucket, signingKey });

  return async function handle(event: LambdaFunctionURLEvent): Promise<HttpResponse> {
    if (event.rawPath === VIEW_PATH) return view(event);
    const method = event.requestContext?.http?.method?.toUpperCase() ?? 'GET';
    if (method !== 'GET' && method !== 'POST' && method !== 'HEAD') {
      return respond(405, methodNotAllowedPage(), { allow: 'GET, POST' });
    }
    const token = event.queryStringParameters?.t ?? '';
    const current = await signingKey();
    const address = current ? verifyUnsubscribeToken(current, token) : null;
    if (!address) {
      logger.warn('invalid unsubscribe token', { method });
      return respond(400, invalidLinkPage());
    }
    const masked = maskAddress(address);
    if (method !== 'POST') return respond(200, confirmPage(masked, token));

    const oneClick = bodyText(event).includes('List-Unsubscribe=One-Click');
    await new SuppressionList(deps.s3, deps.bucket).add(address, {
      reason: 'unsubscribe',
      at: now().toISOString(),
      detail: oneClick ? 'one-click' : 'post',
    });
    logger.info('unsubscribed', { to: masked, oneClick });
    return respond(200, donePage(masked));
  };
}

function bodyText(event: LambdaFunctionURLEvent): string {
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

let lambdaHandler: ReturnType<typeof createUnsubscribeHandler> | undefined;

export async function handler(event: LambdaFunctionURLEvent): Promise<LambdaFunctionURLResult> {
  const bucket = process.env.BUCKET;
  if (!bucket) throw new Error('unsubscribe function misconfigured: BUCKET is not set');
  lambdaHandler ??= createUnsubscribeHandler({ s3: makeS3Client(), bucket });
  return lambdaHandler(event);
}
