/**
 * One run of the digest, shared by the local CLI and the Lambda: read the day from an ArticleSource, build the
 * digest with the pure pipeline, render the email. Delivery (files, SES) is the caller's, because the CLI and the
 * Lambda deliver differently; everything before it is this one function.
 */
import type { Digest } from '../pipeline/model.js';
import { buildDigest } from '../pipeline/index.js';
import type { ArticleSource } from '../io/ports.js';
import { readDay, type ReadDayOptions } from './read-day.js';
import { renderEmail, type RenderedEmail } from '../render/index.js';

export interface RunOptions {
  source: ArticleSource;
  /** The day covered, YYYY-MM-DD. */
  date: string;
  read?: ReadDayOptions;
  /** Links the email carries: the one-click unsubscribe endpoint and the archived copy. */
  links: { unsubscribeUrl: string; archiveUrl?: string };
}

export interface RunResult {
  digest: Digest;
  email: RenderedEmail;
}

export async function runDigest(options: RunOptions): Promise<RunResult> {
  const day = await readDay(options.source, options.read);
  const digest = buildDigest(day.articles, { date: options.date, skipped: day.skipped });
  const email = renderEmail(digest, options.links);
  return { digest, email };
}
