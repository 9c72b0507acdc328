/**
 * One run of the digest, shared by the local CLI and the Lambda: read the day from an ArticleSource, build the
 * digest with the pure pipeline, render the email. Delivery (files, SES) is the caller's, because the CLI and the
 * Lambda deliver differently; everything before it is this one function.
 */
import type { Article, Digest, SkipCause } from '../pipeline/model.js';
import { buildDigest, type DigestOptions } from '../pipeline/index.js';
import type { Continuity } from '../pipeline/continuity.js';
import type { ArticleSource } from '../io/ports.js';
import { noSkips, readDay, takePlanning, type Day, type ReadDayOptions } from './read-day.js';
import { renderEmail } from '../render/index.js';
import type { RenderedEmail } from '../render/index.js';
import type * as Parallel from '../parallel/index.js';

/**
 * The worker-thread path is loaded only when asked for, through a specifier the bundler does not follow: the
 * Lambda bundle is one file with no worker entry beside it (it runs with workers = 1), so the pool's code, and its
 * import.meta lookups that a CJS bundle cannot serve, stay out of it.
 */
const PARALLEL_MODULE = '../parallel/index.js';
const loadParallel = (): Promise<typeof Parallel> => import(PARALLEL_MODULE) as Promise<typeof Parallel>;

export interface RunOptions {
  source: ArticleSource;
  /**
   * The day covered, YYYY-MM-DD. When omitted, the day most articles give as their publication date, else
   * `fallbackDate` (the CLI passes yesterday).
   */
  date?: string;
  fallbackDate?: string;
  read?: ReadDayOptions;
  /** The previous digest (locally --previous FILE; on AWS the archived continuity.json of the day before). */
  previous?: Continuity;
  /** Links the email carries: the one-click unsubscribe endpoint and the archived copy. */
  links: { unsubscribeUrl: string; archiveUrl?: string };
  /**
   * Worker threads that parse the files and build the stories (lambdas/parallel/); default 1: everything in this
   * thread. The digest is the same byte for byte either way.
   */
  workers?: number;
}

export interface RunResult {
  digest: Digest;
  email: RenderedEmail;
  /**
   * How the day was read: files taken from a fresh sidecar, sidecars found but unusable (stale, corrupt), and the
   * skipped files counted by cause.
   */
  read: { fromSidecars: number; sidecarsIgnored: number; skippedByCause: Record<SkipCause, number> };
}

export async function runDigest(options: RunOptions): Promise<RunResult> {
  const workers = options.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a whole number >= 1, got ${workers}`);
  const parallel = workers > 1 ? await loadParallel() : null;
  const pool = parallel ? parallel.createDigestPool({ size: workers }) : null;
  let digest: Digest;
  const read = { fromSidecars: 0, sidecarsIgnored: 0, skippedByCause: noSkips() };
  try {
    // With worker threads, enough files in flight that each thread has a batch to parse (parallel/parse-batches.ts).
    const parallelRead = pool ? { parse: pool.parse, concurrency: options.read?.concurrency ?? pool.readConcurrency } : {};
    const day = await readDay(options.source, { ...options.read, ...parallelRead });
    read.fromSidecars = day.fromSidecars ?? 0;
    read.sidecarsIgnored = day.sidecarsIgnored ?? 0;
    read.skippedByCause = day.skippedByCause ?? noSkips();
    const date = options.date ?? publicationDay(day.articles) ?? options.fallbackDate;
    if (!date) throw new Error('no date given and none of the articles says when it was published');
    const buildOptions = {
      date,
      skipped: day.skipped,
      ...(options.previous ? { previous: options.previous } : {}),
    };
    if (parallel && pool) {
      // Workers split the sentences again (the result is the same), and the pool frees each article's text once
      // its story is on a worker, provided nothing here holds the day any more.
      delete day.sentences;
      digest = await handOver(parallel, pool, day, buildOptions);
    } else {
      const sentences = day.sentences;
      // Sentences from sidecars spare the split.
      digest = buildDigest(day.articles, { ...buildOptions, ...(sentences?.size ? { sentences: (a: Article) => sentences.get(a.id) } : {}) });
    }
  } finally {
    // Before rendering: the workers' heaps (each holds the text it was sent) are freed as soon as possible.
    await pool?.close();
  }
  const email = renderEmail(digest, options.links);
  return { digest, email, read };
}

/**
 * buildDigestInPool on the day's articles and their planning inputs (computed by the parse workers), which leave
 * `day`: not an async function, so no suspended frame keeps them, and the pool can free each article's text once
 * its story is on a worker.
 */
function handOver(parallel: typeof Parallel, pool: Parallel.DigestPool, day: Day, options: DigestOptions): Promise<Digest> {
  return parallel.buildDigestInPool(pool, day.articles.splice(0), { ...options, ...takePlanning(day) });
}

/** The calendar day (as the outlets wrote it) that most articles give in their publication time. */
export function publicationDay(articles: readonly Article[]): string | undefined {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(a.publishedAt ?? '')?.[1];
    if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [day, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best) && day > best)) best = day;
  return best;
}
