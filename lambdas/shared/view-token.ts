/**
 * "View in browser" links: `<endpoint>/view?d=YYYY-MM-DD&t=<HMAC of the date>`. The bucket is private, so the
 * archived web copy of a day is served by the links endpoint, and only for a date whose token the digest
 * function signed: nobody can walk the archive by guessing dates. The token names a day, not a reader: every
 * recipient gets the same link (the copy is the same for everybody and carries no personal unsubscribe token).
 * Same signing key as the unsubscribe tokens, different context string, so one token can never pass as the other.
 * No expiry: the link in a month-old digest must still open.
 */
import { createHmac } from 'node:crypto';
import { signatureMatches } from './signature.js';
import { isCalendarDate } from './time.js';

const CONTEXT = 'news-digest/view/v1\n';

/** The path of the view route on the links endpoint (a function URL serves every path). */
export const VIEW_PATH = '/view';

function signature(key: Uint8Array, date: string): Buffer {
  return createHmac('sha256', key).update(CONTEXT + date).digest();
}

export function makeViewToken(key: Uint8Array, date: string): string {
  if (!isCalendarDate(date)) throw new Error(`makeViewToken: not a calendar date: ${date}`);
  return signature(key, date).toString('base64url');
}

/** True when `token` is the view token of `date` under `key`. */
export function verifyViewToken(key: Uint8Array, date: string, token: string): boolean {
  if (!isCalendarDate(date) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  return signatureMatches(token, signature(key, date));
}

/** The view link for a day, on the endpoint whose root is `baseUrl` (the function URL). */
export function viewLink(baseUrl: string, date: string, token: string): string {
  const url = new URL(baseUrl);
  // Relative to the endpoint's root path, so a base of https://host/ gives https://host/view.
  url.pathname = url.pathname.replace(/\/?$/, VIEW_PATH);
  url.search = '';
  url.searchParams.set('d', date);
  url.searchParams.set('t', token);
  return url.toString();
}
