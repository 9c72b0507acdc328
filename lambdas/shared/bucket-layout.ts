/**
 * Where things live in the bucket, in one place, so the digest function, the unsubscribe function and the
 * stack's IAM grants agree. Addresses never appear in keys: a recipient is named by a hash of the address.
 */
import { createHash } from 'node:crypto';

export const DIGESTS_PREFIX = 'digests/';
export const SENT_PREFIX = 'state/sent/';
export const SUPPRESSIONS_PREFIX = 'state/suppressions/';
export const UNSUBSCRIBE_KEY = 'state/unsubscribe-key';
/**
 * Parsed articles written by the ingest function, one per article object: `sidecars/<the article's key>.json`.
 * Outside every day prefix on purpose, so the daily listing of `<prefix>YYYY-MM-DD/` never returns a sidecar as an
 * article, and a sidecar landing never matches the ingest function's own trigger.
 */
export const SIDECARS_PREFIX = 'sidecars/';
/** Top-level folders the stack writes itself; the articles prefix must not lie inside one of them. */
export const RESERVED_PREFIXES = [DIGESTS_PREFIX, 'state/', SIDECARS_PREFIX] as const;

/** Case-insensitive, stable id for an address (SES treats the domain part case-insensitively; so do readers). */
export function recipientId(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 40);
}

export const digestPrefix = (date: string) => `${DIGESTS_PREFIX}${date}/`;

/**
 * The archived files of a day under digestPrefix(date). CONTINUITY_JSON (pipeline/continuity.ts) feeds the next
 * day's "Continuing" stories, DIGEST_JSON too for days archived before it existed; WEB_COPY is the full HTML (every
 * story, no size cap) the view-in-browser link serves; the stack grants read access to exactly these names.
 */
export const DIGEST_JSON = 'digest.json';
export const CONTINUITY_JSON = 'continuity.json';
export const WEB_COPY = 'digest.html';
export const archivedKey = (date: string, name: string) => `${digestPrefix(date)}${name}`;
export const sentMarkerKey = (date: string, address: string) => `${SENT_PREFIX}${date}/${recipientId(address)}.json`;
export const suppressionKey = (address: string) => `${SUPPRESSIONS_PREFIX}${recipientId(address)}.json`;

export const sidecarKey = (articleKey: string) => `${SIDECARS_PREFIX}${articleKey}.json`;

/** A day folder under the articles prefix: `<prefix>YYYY-MM-DD/`. */
const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}\//;

/**
 * An article object's key split into its day prefix and its id (the path under the day, as the daily run names it),
 * or null for anything else: keys outside the prefix, outside a day folder, folder markers, sidecars.
 */
export function articleKeyParts(key: string, articlesPrefix: string): { dayPrefix: string; id: string } | null {
  if (!key.startsWith(articlesPrefix) || key.startsWith(SIDECARS_PREFIX)) return null;
  const rest = key.slice(articlesPrefix.length);
  const day = DAY_FOLDER.exec(rest)?.[0];
  if (day === undefined) return null;
  const id = rest.slice(day.length);
  if (id === '' || id.endsWith('/')) return null;
  return { dayPrefix: articlesPrefix + day, id };
}

/** `a***@example.com`: enough for an operator to recognise an address in a log, not enough to harvest it. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
