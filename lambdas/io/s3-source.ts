/**
 * ArticleSource over one S3 prefix (a day: `articles/YYYY-MM-DD/`). Listing is paginated (a day can hold
 * thousands of keys, 1,000 per page); reads are bounded by readDay's pool and capped in size here too, because
 * an object can grow between the listing and the GET.
 *
 * Each GET is retried here, body included: 500 InternalError, 503 SlowDown and a stalled transfer are usually
 * gone a moment later, and an SDK retry only covers the response headers, not a body that stops half way. Each
 * attempt has its own deadline. A read that still fails rejects with the reason, and readDay skips that one
 * article with it; the day goes on. A refused connection is not one article's problem: it rejects with
 * ServiceUnreachableError and the run fails (a digest built from nothing would be worse than none).
 */
import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import type { ArticleSource, SourceEntry } from './ports.js';
import { withRetry, type RetryOptions } from '../shared/retry.js';
import { isUnreachable, rethrowIfUnreachable } from '../shared/unreachable.js';
import { httpStatusOf } from '../shared/s3-errors.js';
import { getCapped } from './s3-capped-body.js';

export interface S3SourceOptions {
  client: S3Client;
  bucket: string;
  /** Ends with `/`; listed recursively. */
  prefix: string;
  /** Objects over this many bytes are refused without downloading them. */
  maxBytes: number;
  /** Keys per listing page (S3 caps at 1,000; tests use small pages to exercise pagination). */
  pageSize?: number;
  /** Retry of each GET (defaults: 3 attempts, 200 ms first wait ceiling, 5 s cap). */
  retry?: Partial<RetryOptions>;
  /** Deadline of one GET attempt, headers and body (default 20 s). */
  attemptTimeoutMs?: number;
}

export const DEFAULT_READ_RETRY = { attempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 } as const;
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 20_000;

const TRANSIENT_NAMES = new Set([
  'SlowDown',
  'InternalError',
  'ServiceUnavailable',
  'RequestTimeout',
  'RequestTimeTooSkewed',
  'TimeoutError',
  'AttemptTimeoutError',
  'Throttling',
  'ThrottlingException',
]);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);

/** Worth another GET: 5xx, SlowDown, timeouts, dropped connections. Not 403/404, not a too-large object. */
export function isTransientS3Error(err: unknown): boolean {
  if (!(err instanceof Error) || err instanceof ObjectTooLargeError || isUnreachable(err)) return false;
  if (TRANSIENT_NAMES.has(err.name)) return true;
  const code = (err as { code?: string }).code;
  if (code && TRANSIENT_CODES.has(code)) return true;
  const status = httpStatusOf(err);
  return status === 429 || (status !== undefined && status >= 500);
}

class ObjectTooLargeError extends Error {
  override name = 'ObjectTooLargeError';
}

export class S3ArticleSource implements ArticleSource {
  constructor(private readonly options: S3SourceOptions) {}

  async *list(): AsyncIterable<SourceEntry> {
    const { client, bucket, prefix, pageSize } = this.options;
    const pages = paginateListObjectsV2({ client, pageSize }, { Bucket: bucket, Prefix: prefix, MaxKeys: pageSize });
    try {
      for await (const page of pages) {
        for (const object of page.Contents ?? []) {
          const key = object.Key;
          // Folder markers made by the console ("x/") are not files.
          if (!key || key.endsWith('/')) continue;
          yield { id: key.slice(prefix.length), size: object.Size, ...(object.ETag ? { etag: object.ETag } : {}) };
        }
      }
    } catch (err) {
      rethrowIfUnreachable(err, 'S3', `listing s3://${bucket}/${prefix}`);
      throw err;
    }
  }

  async read(id: string): Promise<Uint8Array> {
    const { bucket, prefix } = this.options;
    try {
      return await withRetry(() => this.readOnce(id), { ...DEFAULT_READ_RETRY, isRetryable: isTransientS3Error, ...this.options.retry });
    } catch (err) {
      rethrowIfUnreachable(err, 'S3', `reading s3://${bucket}/${prefix}${id}`);
      throw err;
    }
  }

  /** One GET, headers and body under one deadline: a stalled body must not hold a reader slot forever. */
  private async readOnce(id: string): Promise<Uint8Array> {
    const { client, bucket, prefix, maxBytes } = this.options;
    const { body } = await getCapped(client, { bucket, key: prefix + id }, maxBytes, this.options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS);
    if (!body.ok) {
      throw new ObjectTooLargeError(body.declared ? `file too large: ${body.size} bytes (limit ${maxBytes})` : `file too large: over ${maxBytes} bytes`);
    }
    return body.bytes;
  }
}
