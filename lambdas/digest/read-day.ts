/**
 * Reading a day: every listed file becomes an Article or a Skipped entry with a reason (and a SkipCause, set where
 * the skip is decided, for code that counts them). Nothing is lost:
 * a file that cannot be fetched, is too big, or cannot be parsed is reported, and the rest of the day goes on.
 *
 * With a sidecar store, an article whose sidecar (written by the ingest function when it landed) is valid and
 * describes the very object listed is taken from it, sentences included; every other article is read raw. The
 * result is the same either way, per article, so a day may mix both.
 */
import type { Article, PlanningInput, RawFile, ReadResult, Sentence, SkipCause, Skipped } from '../pipeline/model.js';
import { readArticle, tooLargeResult } from '../pipeline/articles/index.js';
import { LineMemo } from '../pipeline/articles/line-memo.js';
import type { ArticleSource, SourceEntry } from '../io/ports.js';
import { mapLimit } from '../io/concurrency.js';
import { ServiceUnreachableError } from '../shared/unreachable.js';
import { lookupSidecar, type SidecarStore } from '../io/sidecar-store.js';

export interface ReadDayOptions {
  /** Files larger than this are skipped unread (default 5 MiB). */
  maxBytes?: number;
  /** Reads in flight at once (default 16). */
  concurrency?: number;
  /** Called after each file, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Where parsed sidecars may be found; without it every article is read raw. */
  sidecars?: SidecarStore;
  /** Parses one file (default readArticle, in this thread); lambdas/parallel/ passes one that runs on a worker. */
  parse?: (file: RawFile) => ReadResult | Promise<ReadResult>;
}

export interface Day {
  /** In listing order (sorted by id), so the digest does not depend on read timing. */
  articles: Article[];
  /** As digest.json lists them: `{ id, reason }`. */
  skipped: Skipped[];
  /** How many of the skipped files were skipped for each cause (the digest function counts the unreadable ones). */
  skippedByCause?: Record<SkipCause, number>;
  /** Sentences of the articles taken from sidecars (equal to sentencesOf of each): buildDigest need not split them. */
  sentences?: Map<string, Sentence[]>;
  /** What planning reads of the articles whose parse computed it (a worker's parse): buildDigest need not. */
  planning?: Map<string, PlanningInput>;
  /** How many listed files came from a sidecar, and how many sidecars were there but unusable (stale, corrupt). */
  fromSidecars?: number;
  sidecarsIgnored?: number;
}

/**
 * The day's planning inputs (computed where the articles were parsed) as buildDigest's `planning` option, taken out
 * of `day`, so that only the planning phase holds them.
 */
export function takePlanning(day: Day): { planning?: (article: Article) => PlanningInput | undefined } {
  const planning = day.planning;
  delete day.planning;
  return planning?.size ? { planning: (article) => planning.get(article.id) } : {};
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** A count of zero for every skip cause. */
export function noSkips(): Record<SkipCause, number> {
  return { unreadable: 0, 'too-large': 0, refused: 0 };
}

export async function readDay(source: ArticleSource, options: ReadDayOptions = {}): Promise<Day> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const entries: SourceEntry[] = [];
  for await (const entry of source.list()) entries.push(entry);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  let done = 0;
  // Read here: the day's pages share their lines (footers, reprinted paragraphs), judged once each.
  const lines = new LineMemo();
  const parse = options.parse ?? ((file: RawFile) => readArticle(file, lines));
  const results = await mapLimit(entries, options.concurrency ?? 16, async (entry) => {
    const result = await readOne(source, entry, maxBytes, parse, options.sidecars);
    options.onProgress?.(++done, entries.length);
    return result;
  });

  const day = { articles: [] as Article[], skipped: [] as Skipped[], skippedByCause: noSkips(), sentences: new Map<string, Sentence[]>(), planning: new Map<string, PlanningInput>(), fromSidecars: 0, sidecarsIgnored: 0 };
  for (const { result: r, sentences, sidecar } of results) {
    if (r.ok) day.articles.push(r.article);
    else {
      day.skipped.push(r.skipped);
      day.skippedByCause[r.cause]++;
    }
    if (r.ok && sentences) day.sentences.set(r.article.id, sentences);
    if (r.ok && r.planning) day.planning.set(r.article.id, r.planning);
    if (sidecar === 'used') day.fromSidecars++;
    else if (sidecar === 'ignored') day.sidecarsIgnored++;
  }
  return day;
}

interface ReadOne {
  result: ReadResult;
  sentences?: Sentence[];
  sidecar?: 'used' | 'ignored';
}

async function readOne(
  source: ArticleSource,
  entry: SourceEntry,
  maxBytes: number,
  parse: NonNullable<ReadDayOptions['parse']>,
  sidecars?: SidecarStore,
): Promise<ReadOne> {
  if (entry.refused) {
    return { result: { ok: false, skipped: { id: entry.id, reason: entry.refused.reason }, cause: entry.refused.cause } };
  }
  if (entry.size !== undefined && entry.size > maxBytes) {
    return { result: tooLargeResult(entry.id, entry.size, maxBytes) };
  }
  let sidecar: ReadOne['sidecar'];
  if (sidecars) {
    const found = await lookupSidecar(sidecars, entry, maxBytes);
    if (found.status === 'used') return { result: found.result, ...(found.sentences ? { sentences: found.sentences } : {}), sidecar: 'used' };
    if (found.status === 'ignored') sidecar = 'ignored';
  }
  return { result: await readRaw(source, entry, maxBytes, parse), ...(sidecar ? { sidecar } : {}) };
}

async function readRaw(source: ArticleSource, entry: SourceEntry, maxBytes: number, parse: NonNullable<ReadDayOptions['parse']>): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read(entry.id);
  } catch (err) {
    // A service that cannot be reached at all is not one bad article: the whole run must fail and be retried.
    if (err instanceof ServiceUnreachableError) throw err;
    return { ok: false, skipped: { id: entry.id, reason: `could not be read: ${errorMessage(err)}` }, cause: 'unreadable' };
  }
  if (bytes.byteLength > maxBytes) {
    return tooLargeResult(entry.id, bytes.byteLength, maxBytes);
  }
  return parse({ id: entry.id, bytes });
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
