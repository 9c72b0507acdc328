/**
 * Idempotency: one marker per (day, recipient) under state/sent/, claimed BEFORE sending with an S3 conditional
 * write (If-None-Match: *). A retried, repeated or concurrent invocation finds the marker or loses the write,
 * and skips that recipient; so a day's digest reaches each recipient at most once. A failed send releases its
 * marker so the next attempt can send. `force` claims unconditionally (an operator resending on purpose).
 */
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { sentMarkerKey } from '../shared/bucket-layout.js';
import { isConditionalWriteConflict, isNotFound } from '../shared/s3-errors.js';

export type ClaimResult = 'claimed' | 'already-sent';

export class SentMarkers {
  constructor(
    private readonly client: Pick<S3Client, 'send'>,
    private readonly bucket: string,
  ) {}

  async claim(date: string, address: string, options: { force: boolean; at: string }): Promise<ClaimResult> {
    const Key = sentMarkerKey(date, address);
    if (!options.force) {
      // The cheap check first: the common repeat case answers from a HEAD. The conditional PUT below is what
      // actually guarantees at-most-once when two invocations race (and on stores that ignore If-None-Match,
      // this HEAD is the only guard).
      if (await this.exists(Key)) return 'already-sent';
    }
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key,
          Body: JSON.stringify({ state: 'sending', at: options.at, forced: options.force }),
          ContentType: 'application/json',
          IfNoneMatch: options.force ? undefined : '*',
        }),
      );
      return 'claimed';
    } catch (err) {
      if (isConditionalWriteConflict(err)) return 'already-sent';
      throw err;
    }
  }

  /** Records the SES message id on the marker (unconditional: the marker is ours now). */
  async confirm(date: string, address: string, details: { messageId: string; at: string }): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: sentMarkerKey(date, address),
        Body: JSON.stringify({ state: 'sent', ...details }),
        ContentType: 'application/json',
      }),
    );
  }

  /** Gives the claim back after a failed send, so a retry of the invocation can send. */
  async release(date: string, address: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: sentMarkerKey(date, address) }));
  }

  private async exists(Key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }
}
