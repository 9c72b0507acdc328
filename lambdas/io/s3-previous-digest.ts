/**
 * The day before's archived digest.json, which lets the pipeline mark today's stories that continue one of
 * yesterday's. Optional by nature: the first day has none, a day may have been skipped, and an archive written
 * by an older version may not parse. None of that may cost the reader today's digest, so every failure here is
 * reported to the caller as a reason and the run goes on without it.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Digest } from '../pipeline/model.js';
import { parseDigest } from '../pipeline/continuing.js';
import { isNotFound } from '../shared/s3-errors.js';

/** A larger digest.json is not read: the cap keeps a corrupt or hostile object from exhausting memory. */
export const MAX_PREVIOUS_DIGEST_BYTES = 64 * 1024 * 1024;

export type PreviousDigest =
  | { status: 'loaded'; key: string; digest: Digest }
  | { status: 'missing'; key: string }
  | { status: 'ignored'; key: string; reason: string };

export async function loadPreviousDigest(client: Pick<S3Client, 'send'>, bucket: string, key: string): Promise<PreviousDigest> {
  let text: string;
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (response.ContentLength !== undefined && response.ContentLength > MAX_PREVIOUS_DIGEST_BYTES) {
      (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
      return { status: 'ignored', key, reason: `too large: ${response.ContentLength} bytes (limit ${MAX_PREVIOUS_DIGEST_BYTES})` };
    }
    text = (await response.Body?.transformToString('utf-8')) ?? '';
  } catch (err) {
    if (isNotFound(err)) return { status: 'missing', key };
    return { status: 'ignored', key, reason: `could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
  try {
    return { status: 'loaded', key, digest: parseDigest(text, key) };
  } catch (err) {
    return { status: 'ignored', key, reason: err instanceof Error ? err.message : String(err) };
  }
}
