/**
 * One landed article -> its sidecar: GET the object (capped at the size limit, retried like the daily run's reads),
 * read it with the daily run's reader, write `sidecars/<key>.json`. The sidecar records the ETag and size of the
 * bytes actually read (from the GET's response, not the event), so an object overwritten in between can only make a
 * sidecar stale, never wrong.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { readArticle, tooLargeResult } from '../pipeline/articles/index.js';
import type { ReadResult } from '../pipeline/model.js';
import { encodeSidecar, makeSidecar, normalizeEtag, type Sidecar } from '../io/sidecar-format.js';
import { isTransientS3Error, DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_READ_RETRY } from '../io/s3-source.js';
import { sidecarKey } from '../shared/bucket-layout.js';
import { withRetry, type RetryOptions } from '../shared/retry.js';
import { httpStatusOf } from '../shared/s3-errors.js';
import { getCapped } from '../io/s3-capped-body.js';

export interface IngestTarget {
  bucket: string;
  key: string;
  /** The article id the daily run will give it: the path under its day folder. */
  id: string;
}

export type IngestOutcome =
  | { status: 'written'; sidecarKey: string; sidecar: Sidecar }
  /** Deleted before we got to it: nothing to describe. */
  | { status: 'gone' };

interface Fetched {
  etag: string;
  size: number;
  bytes?: Uint8Array;
}

async function fetchCapped(client: S3Client, target: IngestTarget, maxBytes: number, timeoutMs: number): Promise<Fetched | null> {
  try {
    const got = await getCapped(client, target, maxBytes, timeoutMs);
    const etag = normalizeEtag(got.etag ?? '');
    if (etag === '') throw new Error('GET answered without an ETag');
    const read = got.body;
    return read.ok ? { etag, size: read.bytes.byteLength, bytes: read.bytes } : { etag, size: got.contentLength ?? read.size };
  } catch (err) {
    if ((err as Error).name === 'NoSuchKey' || httpStatusOf(err) === 404) return null;
    throw err;
  }
}

export async function ingestObject(
  client: S3Client,
  target: IngestTarget,
  maxBytes: number,
  retry: Partial<RetryOptions> = {},
  attemptTimeoutMs = DEFAULT_ATTEMPT_TIMEOUT_MS,
): Promise<IngestOutcome> {
  const fetched = await withRetry(() => fetchCapped(client, target, maxBytes, attemptTimeoutMs), { ...DEFAULT_READ_RETRY, isRetryable: isTransientS3Error, ...retry });
  if (fetched === null) return { status: 'gone' };
  // The same verdicts, in the same words, as lambdas/digest/read-day.ts gives the raw file.
  const result: ReadResult = fetched.bytes
    ? readArticle({ id: target.id, bytes: fetched.bytes })
    : tooLargeResult(target.id, fetched.size, maxBytes);
  const sidecar = makeSidecar({ key: target.key, etag: fetched.etag, size: fetched.size }, maxBytes, result);
  const key = sidecarKey(target.key);
  await withRetry(
    () => client.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: encodeSidecar(sidecar), ContentType: 'application/json' })),
    { ...DEFAULT_READ_RETRY, isRetryable: isTransientS3Error, ...retry },
  );
  return { status: 'written', sidecarKey: key, sidecar };
}
