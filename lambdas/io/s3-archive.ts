/** The Lambda's Archive: the digest's files under `digests/YYYY-MM-DD/` in the bucket. */
import { Readable } from 'node:stream';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Archive } from './ports.js';
import type { ArchiveChunks } from './fs-archive.js';

export class S3Archive implements Archive {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    /** Ends with `/`. */
    private readonly prefix: string,
  ) {}

  /**
   * Chunks (io/chunked-json.ts) are uploaded as a stream of their own Buffers: a PUT must state its length first, so
   * they are all made before the upload, but they are never joined (no string or Buffer of the whole file; one
   * PutObject takes up to 5 GB).
   */
  async put(name: string, body: string | Uint8Array | ArchiveChunks, contentType: string): Promise<string> {
    // Names come from our code, never from article text; still refuse anything that would leave the prefix.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`bad archive name: ${name}`);
    const key = this.prefix + name;
    let payload: { Body: string | Uint8Array | Readable; ContentLength?: number };
    if (typeof body === 'string' || body instanceof Uint8Array) payload = { Body: body };
    else {
      const chunks = [...body];
      const length = chunks.reduce((n, c) => n + c.byteLength, 0);
      payload = chunks.length === 1 ? { Body: chunks[0]! } : { Body: Readable.from(chunks, { objectMode: false }), ContentLength: length };
    }
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, ...payload, ContentType: contentType }));
    return key;
  }
}
