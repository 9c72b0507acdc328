/** The Lambda's Archive: the digest's files under `digests/YYYY-MM-DD/` in the bucket. */
import { Readable } from 'node:stream';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Archive, ArchiveChunks } from './ports.js';
import { DEFAULT_READ_RETRY, isTransientS3Error } from './s3-source.js';
import { S3_REQUEST_TIMEOUT_MS } from '../shared/aws-clients.js';
import { withRetry, type RetryOptions } from '../shared/retry.js';

/**
 * The SDK's request timeout runs from the start of a request until the response headers, so it includes sending the
 * body: a PUT gets the client's timeout plus a millisecond per KiB (a floor of about 1 MB/s; Lambda to S3 runs at
 * tens of MB/s), so a 100 MB digest.json is not cut off at 30 s while its bytes are still flowing.
 */
export function putTimeoutMs(bytes: number): number {
  return S3_REQUEST_TIMEOUT_MS + Math.ceil(bytes / 1024);
}

export class S3Archive implements Archive {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    /** Ends with `/`. */
    private readonly prefix: string,
    /** Retry of a PUT of chunks (the SDK does not retry a streaming body; defaults as for article reads). */
    private readonly retry: Partial<RetryOptions> = {},
  ) {}

  /**
   * Chunks (io/chunked-json.ts) are uploaded as a stream of their own Buffers: a PUT must state its length first, so
   * they are all made before the upload, but they are never joined (no string or Buffer of the whole file; one
   * PutObject takes up to 5 GB). The SDK refuses to retry a streaming request, so that PUT is retried here, each
   * attempt with a fresh stream over the same chunks; a string or a single Buffer gets the SDK's own retries.
   */
  async put(name: string, body: string | Uint8Array | ArchiveChunks, contentType: string): Promise<string> {
    // Names come from our code, never from article text; still refuse anything that would leave the prefix.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`bad archive name: ${name}`);
    const key = this.prefix + name;
    const put = (Body: string | Uint8Array | Readable, bytes: number, ContentLength?: number) =>
      this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: key, Body, ContentType: contentType, ...(ContentLength !== undefined ? { ContentLength } : {}) }),
        { requestTimeout: putTimeoutMs(bytes) },
      );
    if (typeof body === 'string' || body instanceof Uint8Array) {
      await put(body, typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
      return key;
    }
    const chunks = [...body];
    const length = chunks.reduce((n, c) => n + c.byteLength, 0);
    if (chunks.length === 1) await put(chunks[0]!, length);
    else {
      await withRetry(() => put(Readable.from(chunks, { objectMode: false }), length, length), {
        ...DEFAULT_READ_RETRY,
        isRetryable: isTransientS3Error,
        ...this.retry,
      });
    }
    return key;
  }
}
