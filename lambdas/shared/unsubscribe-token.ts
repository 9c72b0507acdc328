/**
 * Unsubscribe tokens: the recipient's address and an HMAC-SHA256 over it, so the link in a digest can
 * unsubscribe that address and no other, and nobody can forge a link for someone else's address.
 * No expiry: an unsubscribe link in a month-old digest must still work.
 */
import { createHmac } from 'node:crypto';
import { signatureMatches } from './signature.js';

const CONTEXT = 'news-digest/unsubscribe/v1\n';

function signature(key: Uint8Array, address: string): Uint8Array {
  const mac = createHmac('sha256', key).update(CONTEXT + address).digest();
  return new Uint8Array(mac.buffer, mac.byteOffset, mac.byteLength);
}

export function makeUnsubscribeToken(key: Uint8Array, address: string): string {
  const normalised = address.trim().toLowerCase();
  return `${Buffer.from(normalised, 'utf8').toString('base64url')}.${Buffer.from(signature(key, normalised)).toString('base64url')}`;
}

/** The address the token was issued for, or null when the token is malformed or its signature is wrong. */
export function verifyUnsubscribeToken(key: Uint8Array, token: string): string | null {
  if (token.length > 1024) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const address = Buffer.from(match[1] as string, 'base64url').toString('utf8');
  // The address part must be canonical too, or one issued token would have several spellings.
  if (Buffer.from(address, 'utf8').toString('base64url') !== match[1]) return null;
  if (!signatureMatches(match[2] as string, signature(key, address))) return null;
  return address;
}

export function unsubscribeLink(baseUrl: string, token: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('t', token);
  return url.toString();
}
