/**
 * Which records of an S3 event the ingest function handles. S3 writes object keys in event records URL-encoded,
 * form style (a space is `+`, a real `+` is `%2B`), so a key must be decoded before it is used or compared.
 */
import type { S3EventRecord } from 'aws-lambda';
import { articleKeyParts } from '../shared/bucket-layout.js';

/** The object key an S3 event record names, decoded; null when the encoding is broken (S3 never sends that). */
export function decodeEventKey(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

export type RecordTarget =
  | { handle: true; bucket: string; key: string; id: string }
  | { handle: false; why: string; key?: string };

/**
 * What to do with one record: an article that landed in a day folder under the articles prefix of our bucket is
 * handled; everything else (other events, other buckets, other prefixes, folder markers, sidecars: the function
 * must never trigger itself) is ignored with the reason.
 */
export function recordTarget(record: S3EventRecord, config: { bucket: string; articlesPrefix: string }): RecordTarget {
  if (!record.eventName?.startsWith('ObjectCreated:')) return { handle: false, why: `event ${record.eventName}` };
  const bucket = record.s3?.bucket?.name;
  if (bucket !== config.bucket) return { handle: false, why: `another bucket (${bucket})` };
  const key = decodeEventKey(record.s3.object?.key ?? '');
  if (key === null) return { handle: false, why: 'key is not valid URL encoding' };
  const parts = articleKeyParts(key, config.articlesPrefix);
  if (parts === null) return { handle: false, why: 'not an article in a day folder', key };
  return { handle: true, bucket, key, id: parts.id };
}
