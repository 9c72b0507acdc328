/**
 * Checking a link's signature, apart from loading the key (signing-key.ts): the link-token modules need only
 * this, and must not pull the S3 client into a module graph that does not otherwise touch S3 at import.
 */
import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a base64url signature from a link is exactly the expected one. Compared as canonical text, not as
 * decoded bytes: base64 ignores the unused low bits of the last character, so several strings decode to the same
 * bytes, and a byte comparison would accept tokens that were never issued.
 */
export function signatureMatches(given: string, expected: Uint8Array): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(Buffer.from(expected).toString('base64url'), 'utf8');
  return a.length === b.length && timingSafeEqual(new Uint8Array(a), new Uint8Array(b));
}
