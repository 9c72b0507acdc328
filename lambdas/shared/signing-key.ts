/**
 * The HMAC key for unsubscribe tokens, kept in the (encrypted, private, TLS-only) bucket rather than in an
 * environment variable or the template. The digest function creates it on first use with a conditional write,
 * so two first runs racing still end up with one key; the unsubscribe function only reads it (no key yet means
 * no token was ever issued, so every token is invalid).
 */
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { UNSUBSCRIBE_KEY } from './bucket-layout.js';
import { isConditionalWriteConflict, isNotFound } from './s3-errors.js';

async function readKey(client: S3Client, bucket: string): Promise<Uint8Array | null> {
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: UNSUBSCRIBE_KEY }));
    const text = (await response.Body?.transformToString()) ?? '';
    const key = Buffer.from(text.trim(), 'base64');
    if (key.length < 32) throw new Error(`${UNSUBSCRIBE_KEY} holds ${key.length} bytes, expected 32`);
    return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

export async function loadSigningKey(client: S3Client, bucket: string): Promise<Uint8Array | null> {
  return readKey(client, bucket);
}

export async function loadOrCreateSigningKey(client: S3Client, bucket: string): Promise<Uint8Array> {
  const existing = await readKey(client, bucket);
  if (existing) return existing;
  try {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: UNSUBSCRIBE_KEY,
        Body: randomBytes(32).toString('base64'),
        ContentType: 'text/plain',
        IfNoneMatch: '*',
      }),
    );
  } catch (err) {
    if (!isConditionalWriteConflict(err)) throw err;
  }
  // Read back whatever won the race.
  const key = await readKey(client, bucket);
  if (!key) throw new Error(`${UNSUBSCRIBE_KEY} missing right after it was written`);
  return key;
}
