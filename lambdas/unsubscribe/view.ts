/**
 * The view route of the links endpoint: `GET /view?d=YYYY-MM-DD&t=<token>` answers with the archived web copy
 * of that day (digests/<d>/digest.html), the target of the email's "View in browser" and "Read the full digest"
 * links. The bucket stays private; the token (shared/view-token.ts) is the authorisation, and the function may
 * read nothing in the bucket but those web copies and the signing key.
 *
 * The page is served under a CSP that forbids scripts and every external resource except images over https
 * (the copy needs none; outlet links are plain navigation, which CSP does not restrict), with no Referer, so the
 * link's token does not leak to the outlets a reader clicks through to.
 */
import { gzipSync } from 'node:zlib';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { archivedKey, WEB_COPY } from '../shared/bucket-layout.js';
import { isNotFound } from '../shared/s3-errors.js';
import { verifyViewToken } from '../shared/view-token.js';
import { logger } from '../shared/logger.js';
import { digestNotFoundPage, digestTooLargePage, invalidViewLinkPage, methodNotAllowedPage } from './pages.js';
import type { HttpResponse } from './handler.js';

export const VIEW_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // A day's copy can be rebuilt (a forced re-run), and the URL carries a token: keep it out of shared caches.
  'cache-control': 'private, max-age=300',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex',
};

/**
 * A buffered function URL response is capped at 6 MB (the body base64-encoded when gzipped): a bigger
 * copy is refused with a page instead of failing the invocation.
 */
export const MAX_RESPONSE_BYTES = 5_500_000;

export interface ViewDeps {
  s3: Pick<S3Client, 'send'>;
  bucket: string;
  /** The signing key, or null when none exists yet (then no link was ever issued and none is valid). */
  signingKey: () => Promise<Uint8Array | null>;
}

export function createViewHandler(deps: ViewDeps) {
  return async function view(event: LambdaFunctionURLEvent): Promise<HttpResponse> {
    const method = event.requestContext?.http?.method?.toUpperCase() ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return page(405, methodNotAllowedPage(), { allow: 'GET, HEAD' });
    const date = event.queryStringParameters?.d ?? '';
    const token = event.queryStringParameters?.t ?? '';
    const key = await deps.signingKey();
    if (!key || !verifyViewToken(key, date, token)) {
      logger.warn('invalid view link', { method });
      return page(400, invalidViewLinkPage());
    }

    let html: string;
    try {
      const response = await deps.s3.send(new GetObjectCommand({ Bucket: deps.bucket, Key: archivedKey(date, WEB_COPY) }));
      html = (await response.Body?.transformToString('utf-8')) ?? '';
    } catch (err) {
      if (isNotFound(err)) return page(404, digestNotFoundPage());
      throw err;
    }
    logger.info('served web copy', { date, bytes: html.length });
    return body(200, html, acceptsGzip(event), method === 'HEAD');
  };
}

function acceptsGzip(event: LambdaFunctionURLEvent): boolean {
  const header = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'accept-encoding')?.[1] ?? '';
  return /\bgzip\b/i.test(header);
}

/** The copy, gzipped when the browser accepts it (HTML shrinks about tenfold, well inside the 6 MB cap). */
function body(statusCode: number, html: string, gzip: boolean, headOnly: boolean): HttpResponse {
  if (gzip) {
    const encoded = gzipSync(html).toString('base64');
    if (encoded.length > MAX_RESPONSE_BYTES) return page(413, digestTooLargePage());
    const headers = { ...VIEW_HEADERS, 'content-encoding': 'gzip', vary: 'accept-encoding' };
    return { statusCode, headers, body: headOnly ? '' : encoded, ...(headOnly ? {} : { isBase64Encoded: true }) };
  }
  if (Buffer.byteLength(html, 'utf8') > MAX_RESPONSE_BYTES) return page(413, digestTooLargePage());
  return { statusCode, headers: { ...VIEW_HEADERS, vary: 'accept-encoding' }, body: headOnly ? '' : html };
}

function page(statusCode: number, html: string, extra: Record<string, string> = {}): HttpResponse {
  // Error pages are about this request only: never cached.
  return { statusCode, headers: { ...VIEW_HEADERS, 'cache-control': 'no-store', ...extra }, body: html };
}
