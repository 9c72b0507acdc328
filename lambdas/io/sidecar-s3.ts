/**
 * Sidecars in the bucket, for the daily run over `<prefix>YYYY-MM-DD/`: `sidecars/<article key>.json`.
 *
 * The sidecar folder of the listed prefix is listed once, up front: a day's sidecars cost one LIST per 1,000, and
 * articles without one (ingest disabled, behind, or failed) cost no GET that would only answer 404. Freshness is
 * judged against the article listing's ETag and size, so checking costs no extra request either.
 */
import { GetObjectCommand, paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import type { SourceEntry } from './ports.js';
import type { SidecarStore } from './sidecar-store.js';
import type { ObjectVersion } from './sidecar-format.js';
import { SIDECARS_PREFIX, sidecarKey } from '../shared/bucket-layout.js';

export interface S3SidecarStoreOptions {
  client: S3Client;
  bucket: string;
  /** The prefix the article source lists (a day, or part of one); ends with `/`. */
  prefix: string;
  /** Sidecars over this size are not fetched (they hold about twice the article's text). */
  maxSidecarBytes: number;
}

export class S3SidecarStore implements SidecarStore {
  private listing: Promise<Map<string, number>> | undefined;

  constructor(private readonly options: S3SidecarStoreOptions) {}

  async get(entry: SourceEntry): Promise<{ bytes: Uint8Array; current: ObjectVersion } | undefined> {
    if (entry.etag === undefined || entry.size === undefined) return undefined;
    const key = this.options.prefix + entry.id;
    const size = (await (this.listing ??= this.listSidecars())).get(sidecarKey(key));
    if (size === undefined || size > this.options.maxSidecarBytes) return undefined;
    const response = await this.options.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: sidecarKey(key) }));
    if (!response.Body) return undefined;
    return { bytes: await response.Body.transformToByteArray(), current: { key, etag: entry.etag, size: entry.size } };
  }

  /** Sidecar key -> size. A listing that fails counts as no sidecars: the day is then read raw. */
  private async listSidecars(): Promise<Map<string, number>> {
    const { client, bucket, prefix } = this.options;
    const out = new Map<string, number>();
    try {
      for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: SIDECARS_PREFIX + prefix })) {
        for (const object of page.Contents ?? []) if (object.Key) out.set(object.Key, object.Size ?? 0);
      }
    } catch {
      out.clear();
    }
    return out;
  }
}
