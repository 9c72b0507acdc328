/**
 * The day before's archive, which lets the pipeline mark today's stories that continue one of yesterday's. Optional
 * by nature: the first day has none, a day may have been skipped, and an archive written by an older version may
 * not parse. None of that may cost the reader today's digest, so every failure here is reported to the caller as a
 * reason and the run goes on without it.
 *
 * What is read is continuity.json (pipeline/continuity.ts: only what continuing stories need, a fraction of
 * digest.json). Days archived before that file existed have only digest.json: it is read instead, under its own
 * (lower) cap, and reduced to the same Continuity at once, so the full digest is not kept or cloned to workers.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { parseDigest } from '../pipeline/continuing.js';
import { continuityOf, parseContinuity, type Continuity } from '../pipeline/continuity.js';
import { archivedKey, CONTINUITY_JSON, DIGEST_JSON } from '../shared/bucket-layout.js';
import { isNotFound } from '../shared/s3-errors.js';
import { getCapped } from './s3-capped-body.js';

/**
 * A larger continuity.json is not read: the cap keeps a corrupt or hostile object from exhausting memory. It is
 * 1.5-1.8 KB per article on the bench's days (4.4 MB for 3,000, 175 MB for 100,000), so 256 MiB leaves room to
 * about 140,000 articles a day; parsing one that size costs about 1 GB of the Lambda's memory, released before the day is read.
 */
export const MAX_CONTINUITY_BYTES = 256 * 1024 * 1024;
/**
 * A larger digest.json (the fallback for days archived by older versions) is not read: the whole digest is parsed
 * before it is reduced, several times its size in memory. Such a day is 6,000 articles or more; the day after it
 * runs without continuing stories, once, until the next archive has its continuity.json.
 */
export const MAX_PREVIOUS_DIGEST_BYTES = 64 * 1024 * 1024;
/**
 * Deadline of the whole read, headers and body (the SDK's own timeout ends at the headers, so a body that stalls
 * would hold the invocation until the Lambda timeout): a full-size continuity.json at 5 MB/s, far below Lambda's.
 */
export const PREVIOUS_READ_TIMEOUT_MS = 60_000;

export type PreviousDigest =
  /** `key`: the object read; `note`: why continuity.json was not (the digest.json fallback was used). */
  | { status: 'loaded'; key: string; continuity: Continuity; note?: string }
  | { status: 'missing'; key: string }
  | { status: 'ignored'; key: string; reason: string };

type Read = { status: 'read'; text: string } | { status: 'missing' } | { status: 'failed'; reason: string };

async function readText(client: Pick<S3Client, 'send'>, bucket: string, key: string, maxBytes: number, timeoutMs: number): Promise<Read> {
  try {
    const { body } = await getCapped(client, { bucket, key }, maxBytes, timeoutMs);
    if (!body.ok) return { status: 'failed', reason: `too large: ${body.size} bytes (limit ${maxBytes})` };
    return { status: 'read', text: Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.byteLength).toString('utf8') };
  } catch (err) {
    if (isNotFound(err)) return { status: 'missing' };
    return { status: 'failed', reason: `could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function parsed(parse: () => Continuity): { ok: true; continuity: Continuity } | { ok: false; reason: string } {
  try {
    return { ok: true, continuity: parse() };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

export interface PreviousDigestLimits {
  /** Default MAX_CONTINUITY_BYTES. */
  maxContinuityBytes?: number;
  /** Default MAX_PREVIOUS_DIGEST_BYTES. */
  maxDigestBytes?: number;
  /** Deadline of each file's read (default PREVIOUS_READ_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** The archive of `date` (YYYY-MM-DD): its continuity.json, else its digest.json. */
export async function loadPreviousDigest(client: Pick<S3Client, 'send'>, bucket: string, date: string, limits: PreviousDigestLimits = {}): Promise<PreviousDigest> {
  const continuityKey = archivedKey(date, CONTINUITY_JSON);
  const digestKey = archivedKey(date, DIGEST_JSON);

  const first = await readText(client, bucket, continuityKey, limits.maxContinuityBytes ?? MAX_CONTINUITY_BYTES, limits.timeoutMs ?? PREVIOUS_READ_TIMEOUT_MS);
  let note: string | undefined;
  if (first.status === 'read') {
    const r = parsed(() => parseContinuity(first.text, continuityKey));
    if (r.ok) return { status: 'loaded', key: continuityKey, continuity: r.continuity };
    note = `${continuityKey} ignored: ${r.reason}`;
  } else if (first.status === 'failed') note = `${continuityKey} ${first.reason}`;

  // No usable continuity.json: an archive from before it existed, or a damaged one. digest.json holds the same.
  const second = await readText(client, bucket, digestKey, limits.maxDigestBytes ?? MAX_PREVIOUS_DIGEST_BYTES, limits.timeoutMs ?? PREVIOUS_READ_TIMEOUT_MS);
  if (second.status === 'missing') {
    return note ? { status: 'ignored', key: continuityKey, reason: note } : { status: 'missing', key: continuityKey };
  }
  const reason = (r: string) => (note ? `${note}; ${digestKey} ${r}` : `${digestKey} ${r}`);
  if (second.status === 'failed') return { status: 'ignored', key: digestKey, reason: reason(second.reason) };
  const r = parsed(() => continuityOf(parseDigest(second.text, digestKey)));
  if (!r.ok) return { status: 'ignored', key: digestKey, reason: note ? `${note}; ${r.reason}` : r.reason };
  return { status: 'loaded', key: digestKey, continuity: r.continuity, ...(note ? { note } : {}) };
}
