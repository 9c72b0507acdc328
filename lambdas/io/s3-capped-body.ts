/**
 * One GET of an article with a size cap and a deadline, shared by the daily run's S3 source and the ingest function.
 *
 * The cap: the declared Content-Length is checked first (nothing downloaded), then the bytes are counted while they
 * arrive, because a missing or wrong Content-Length must not let an object past the cap. Over the cap, the stream
 * is destroyed.
 *
 * The deadline covers headers AND body: the SDK's own request timeout ends when the headers arrive, so a body that
 * stalls half way would otherwise hold the caller (a reader slot of the daily run, or a whole ingest invocation
 * until its Lambda timeout) indefinitely.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';

export type BodyStream = AsyncIterable<Uint8Array> & { destroy?: (err?: Error) => void };

export type CappedBody =
  | { ok: true; bytes: Uint8Array }
  /** `size`: the declared length when that was over the cap, else the bytes counted when the cap was passed. */
  | { ok: false; size: number; declared: boolean };

export async function readCappedBody(stream: BodyStream, contentLength: number | undefined, maxBytes: number): Promise<CappedBody> {
  if (contentLength !== undefined && contentLength > maxBytes) {
    stream.destroy?.();
    return { ok: false, size: contentLength, declared: true };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      stream.destroy?.();
      return { ok: false, size: total, declared: false };
    }
    chunks.push(chunk);
  }
  const all = Buffer.concat(chunks, total);
  return { ok: true, bytes: new Uint8Array(all.buffer, all.byteOffset, all.byteLength) };
}

/** The attempt's deadline passed (headers or body). Callers' retry predicates treat it as transient by name. */
export class AttemptTimeoutError extends Error {
  override name = 'AttemptTimeoutError';
}

export interface CappedGet {
  /** The response's ETag as S3 sent it (quoted), or undefined. */
  etag: string | undefined;
  contentLength: number | undefined;
  body: CappedBody;
}

/** One GET attempt, headers and body under one deadline of `timeoutMs`; rejects with AttemptTimeoutError when it passes. */
export async function getCapped(
  client: Pick<S3Client, 'send'>,
  target: { bucket: string; key: string },
  maxBytes: number,
  timeoutMs: number,
): Promise<CappedGet> {
  const abort = new AbortController();
  let body: BodyStream | undefined;
  const timer = setTimeout(() => {
    const err = new AttemptTimeoutError(`GET timed out after ${timeoutMs} ms`);
    abort.abort(err);
    body?.destroy?.(err);
  }, timeoutMs);
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: target.bucket, Key: target.key }), { abortSignal: abort.signal });
    const stream = response.Body as BodyStream | undefined;
    body = stream;
    if (!stream) throw new Error('empty response body');
    if (abort.signal.aborted) stream.destroy?.(abort.signal.reason as Error);
    return { etag: response.ETag, contentLength: response.ContentLength, body: await readCappedBody(stream, response.ContentLength, maxBytes) };
  } catch (err) {
    // Whatever the SDK or the stream made of our abort, report it as the timeout it was.
    if (abort.signal.aborted) throw abort.signal.reason as Error;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
