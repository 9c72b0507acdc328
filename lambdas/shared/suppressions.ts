/**
 * The suppression list: addresses that must get no more digests, because they unsubscribed, bounced
 * permanently or complained. One small object per address under state/suppressions/, written by the
 * unsubscribe and feedback functions, read in one paginated listing by each digest run.
 */
import { paginateListObjectsV2, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { recipientId, suppressionKey, SUPPRESSIONS_PREFIX } from './bucket-layout.js';

export type SuppressionReason = 'unsubscribe' | 'bounce' | 'complaint';

export interface SuppressionRecord {
  reason: SuppressionReason;
  at: string;
  /** Free text for operators: the bounce type, "one-click" or "confirm page". */
  detail?: string;
}

export class SuppressionList {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async add(address: string, record: SuppressionRecord): Promise<string> {
    const key = suppressionKey(address);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: JSON.stringify(record), ContentType: 'application/json' }),
    );
    return key;
  }

  /** Every suppressed recipient id (see recipientId), from one listing. */
  async load(): Promise<Set<string>> {
    const ids = new Set<string>();
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: SUPPRESSIONS_PREFIX })) {
      for (const object of page.Contents ?? []) {
        const match = object.Key?.slice(SUPPRESSIONS_PREFIX.length).match(/^([0-9a-f]+)\.json$/);
        if (match?.[1]) ids.add(match[1]);
      }
    }
    return ids;
  }
}

export function isSuppressed(ids: ReadonlySet<string>, address: string): boolean {
  return ids.has(recipientId(address));
}
