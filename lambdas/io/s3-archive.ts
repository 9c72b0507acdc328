/** The Lambda's Archive: the digest's files under `digests/YYYY-MM-DD/` in the bucket. */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Archive } from './ports.js';

export class S3Archive implements Archive {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    /** Ends with `/`. */
    private readonly prefix: string,
  ) {}

  async put(name: string, body: string | Uint8Array, contentType: string): Promise<string> {
    // Names come from our code, never from article text; still refuse anything that would leave the prefix.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`bad archive name: ${name}`);
    const key = this.prefix + name;
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
    return key;
  }
}
