/**
 * One run of the digest, shared by the local CLI and the Lambda: read the day from an ArticleSource, build the
 * digest with the pure pipeline, render the email. Delivery (files, SES) is the caller's, because the CLI and the
 * Lambda deliver differently; everything before it is this one function.
 */
import type { Article, Digest } from '../pipeline/model.js';
import { buildDigest } from '../pipeline/index.js';
import type { ArticleSource } from '../io/ports.js';
import { readDay, type ReadDayOptions } from './read-day.js';
import { renderEmail } from '../render/index.js';
import type { RenderedEmail } from '../render/index.js';

export interface RunOptions {
  source: ArticleSource;
  /**
   * The day covered, YYYY-MM-DD. When omitted, the day most articles give as their publication date, else
   * `fallbackDate` (the CLI passes yesterday).
   */
  date?: string;
  fallbackDate?: string;
  read?: ReadDayOptions;
  /** The previous digest (locally --previous FILE; on AWS the archived digest.json of the day before). */
  previous?: Digest;
  /** Links the email carries: the one-click unsubscribe endpoint and the archived copy. */
  links: { unsubscribeUrl: string; archiveUrl?: string };
}

export interface RunResult {
  digest: Digest;
  email: RenderedEmail;
}

export async function runDigest(options: RunOptions): Promise<RunResult> {
  const day = await readDay(options.source, options.read);
  const date = options.date ?? publicationDay(day.articles) ?? options.fallbackDate;
  if (!date) throw new Error('no date given and none of the articles says when it was published');
  const digest = buildDigest(day.articles, {
    date,
    skipped: day.skipped,
    ...(options.previous ? { previous: options.previous } : {}),
    ...(day.sentences?.size ? { sentences: (a: Article) => day.sentences?.get(a.id) } : {}),
  });
  const email = renderEmail(digest, options.links);
  return { digest, email };
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
