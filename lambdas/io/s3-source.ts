/**
 * ArticleSource over one S3 prefix (a day: `articles/YYYY-MM-DD/`). Listing is paginated (a day can hold
 * thousands of keys, 1,000 per page); reads are bounded by readDay's pool and capped in size here too, because
 * an object can grow between the listing and the GET.
 */
import { GetObjectCommand, paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import type { ArticleSource, SourceEntry } from './ports.js';

export interface S3SourceOptions {
  client: S3Client;
  bucket: string;
  /** Ends with `/`; listed recursively. */
  prefix: string;
  /** Objects over this many bytes are refused without downloading them. */
  maxBytes: number;
  /** Keys per listing page (S3 caps at 1,000; tests use small pages to exercise pagination). */
  pageSize?: number;
}

export class S3ArticleSource implements ArticleSource {
  constructor(private readonly options: S3SourceOptions) {}

  async *list(): AsyncIterable<SourceEntry> {
    const { client, bucket, prefix, pageSize } = this.options;
    const pages = paginateListObjectsV2({ client, pageSize }, { Bucket: bucket, Prefix: prefix, MaxKeys: pageSize });
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        const key = object.Key;
        // Folder markers made by the console ("x/") are not files.
        if (!key || key.endsWith('/')) continue;
        yield { id: key.slice(prefix.length), size: object.Size };
      }
    }
  }

  async read(id: string): Promise<Uint8Array> {
    const { client, bucket, prefix, maxBytes } = this.options;
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: prefix + id }));
    const body = response.Body as (AsyncIterable<Uint8Array> & { destroy?: () => void }) | undefined;
    if (!body) throw new Error('empty response body');
    if (response.ContentLength !== undefined && response.ContentLength > maxBytes) {
      body.destroy?.();
      throw new Error(`file too large: ${response.ContentLength} bytes (limit ${maxBytes})`);
    }
    // Count while reading: a missing or wrong Content-Length must not let an object past the cap.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        body.destroy?.();
        throw new Error(`file too large: over ${maxBytes} bytes`);
      }
      chunks.push(chunk);
    }
    const all = Buffer.concat(chunks, total);
    return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
  }
}
