/**
 * Where the daily run finds sidecars (lambdas/io/sidecar-format.ts), and the one rule for using one: only when it
 * validates and describes the very object listed; otherwise the article is read raw. Nothing here throws: a sidecar
 * that cannot be fetched or read costs a raw read, never an article.
 */
import type { ReadResult, Sentence } from '../pipeline/model.js';
import type { SourceEntry } from './ports.js';
import { decodeSidecar, restore, staleReason, type ObjectVersion } from './sidecar-format.js';

export interface SidecarStore {
  /**
   * The stored sidecar of a listed article, with the object as it is now (key, ETag, size), or undefined when
   * there is none. May reject; the caller then reads the article raw.
   */
  get(entry: SourceEntry): Promise<{ bytes: Uint8Array; current: ObjectVersion } | undefined>;
}

export type SidecarLookup =
  | { status: 'used'; result: ReadResult; sentences?: Sentence[] }
  | { status: 'missing' }
  /** There is one, but it is corrupt, stale or could not be fetched: read the article raw. */
  | { status: 'ignored'; reason: string };

/** The sidecar's read result for this entry, or why the article must be read raw. Never throws. */
export async function lookupSidecar(store: SidecarStore, entry: SourceEntry, maxBytes: number): Promise<SidecarLookup> {
  let found;
  try {
    found = await store.get(entry);
  } catch (err) {
    return { status: 'ignored', reason: `could not be fetched: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!found) return { status: 'missing' };
  const decoded = decodeSidecar(found.bytes);
  if (!decoded.ok) return { status: 'ignored', reason: decoded.reason };
  const stale = staleReason(decoded.sidecar, { id: entry.id, object: found.current, maxBytes });
  if (stale !== null) return { status: 'ignored', reason: `stale: ${stale}` };
  return { status: 'used', ...restore(decoded.sidecar) };
}
