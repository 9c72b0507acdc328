/**
 * Idempotency: one marker per (day, recipient) under state/sent/, claimed BEFORE sending with an S3 conditional
 * write (If-None-Match: *). A retried, repeated or concurrent invocation finds the marker or loses the write,
 * and skips that recipient; so a day's digest reaches each recipient at most once. A failed send releases its
 * marker so the next attempt can send. `force` claims unconditionally (an operator resending on purpose).
 */
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { sentMarkerKey } from '../shared/bucket-layout.js';
import { isConditionalWriteConflict, isNotFound } from '../shared/s3-errors.js';

/**
 * `in-doubt`: a marker still says "sending". Either another invocation is sending right now, or one died between
 * claiming and confirming (Lambda timeout, out of memory), and nobody can know whether SES took that message.
 * Sending again could mail the reader twice, so it is not resent: it is reported, and an operator decides
 * (a manual `{ recipients: [...], force: true }` resends).
 */
export type ClaimResult = 'claimed' | 'already-sent' | 'in-doubt';

/** The marker's state, also as object metadata so a HEAD tells them apart without reading the body. */
type MarkerState = 'sending' | 'sent';

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
      const state = await this.stateOf(Key);
      if (state === 'sending') return 'in-doubt';
      if (state) return 'already-sent';
    }
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key,
          Body: JSON.stringify({ state: 'sending', at: options.at, forced: options.force }),
          ContentType: 'application/json',
          Metadata: { state: 'sending' satisfies MarkerState },
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
        Metadata: { state: 'sent' satisfies MarkerState },
      }),
    );
  }

  /** Gives the claim back after a failed send, so a retry of the invocation can send. */
  async release(date: string, address: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: sentMarkerKey(date, address) }));
  }

  /** undefined: no marker. A marker without the metadata (written by an older version) counts as sent. */
  private async stateOf(Key: string): Promise<MarkerState | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      return head?.Metadata?.state === 'sending' ? 'sending' : 'sent';
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}
