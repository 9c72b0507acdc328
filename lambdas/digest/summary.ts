/**
 * What one digest invocation reports: the summary it returns and archives as summary.json, its metrics and its
 * "digest finished" log line, and the error that fails the invocation when a recipient was not sent to (so the
 * alarm fires and the retry, which the sent markers make safe, picks up only the recipients still missing).
 */
import type { DigestJob } from './events.js';
import type { Delivery } from './deliver.js';
import type { RunResult } from './run.js';
import { maskAddress } from '../shared/bucket-layout.js';
import { logger, metrics, MetricUnit } from '../shared/logger.js';
import type { Skipped } from '../pipeline/model.js';

export interface DigestSummary {
  trigger: DigestJob['trigger'];
  date: string;
  prefix: string;
  dryRun: boolean;
  force: boolean;
  articles: number;
  stories: number;
  statementsMerged: number;
  /** Stories marked as continuing one of the day before's digest. */
  continuing: number;
  skipped: number;
  /** Of the skipped files, those S3 would not hand over (errors, timeouts after retries), not bad content. */
  unreadable: number;
  /** Files taken from the ingest function's sidecars (not parsed again), and sidecars found stale or corrupt. */
  fromSidecars: number;
  sidecarsIgnored: number;
  /** The first skipped files with their reasons (all of them are in the archived digest.json). */
  skippedFiles: Skipped[];
  /** True when the day had no articles and nothing was sent because of it. */
  emptyDay: boolean;
  sent: number;
  alreadySent: number;
  suppressed: number;
  /** Claimed by an earlier invocation that never confirmed the send: not resent, reported (see SentMarkers). */
  inDoubt: number;
  failed: number;
  deliveries: Delivery[];
  archive: string[];
  durationMs: number;
}

export class DeliveryFailedError extends Error {
  override name = 'DeliveryFailedError';
}

const SKIPPED_IN_SUMMARY = 50;

/** What the summary is made of: the job, its digest run, what was archived and sent, and when it started. */
export interface SummaryInput {
  job: DigestJob;
  run: Pick<RunResult, 'digest' | 'read'>;
  archive: string[];
  emptyDay: boolean;
  deliveries: Delivery[];
  /** Date.now() when the invocation started. */
  started: number;
}

/** The summary of one invocation, its duration measured now. */
export function summarise({ job, run: { digest, read }, archive, emptyDay, deliveries, started }: SummaryInput): DigestSummary {
  const count = (status: Delivery['status']) => deliveries.filter((d) => d.status === status).length;
  return {
    trigger: job.trigger,
    date: job.date,
    prefix: job.prefix,
    dryRun: job.dryRun,
    force: job.force,
    articles: digest.stats.articles,
    stories: digest.stats.stories,
    statementsMerged: digest.stats.statementsMerged,
    continuing: digest.stories.filter((story) => story.continues).length,
    skipped: digest.stats.skipped.length,
    unreadable: read.skippedByCause.unreadable,
    fromSidecars: read.fromSidecars,
    sidecarsIgnored: read.sidecarsIgnored,
    skippedFiles: digest.stats.skipped.slice(0, SKIPPED_IN_SUMMARY),
    emptyDay,
    sent: count('sent'),
    alreadySent: count('already-sent'),
    suppressed: count('suppressed'),
    inDoubt: count('in-doubt'),
    failed: count('failed'),
    deliveries,
    archive,
    durationMs: Date.now() - started,
  };
}

/** summary.json: the summary with every recipient's address masked. */
export function summaryJson(summary: DigestSummary): string {
  return JSON.stringify({ ...summary, deliveries: summary.deliveries.map((d) => ({ ...d, to: maskAddress(d.to) })) }, null, 2);
}

/** The summary's metrics (published when the invocation ends) and its log line, without addresses or file list. */
export function reportSummary(summary: DigestSummary): void {
  // Each custom metric costs $0.30 a month: the sidecar counts stay in the summary and the log line only.
  for (const [name, value] of [
    ['Articles', summary.articles],
    ['Stories', summary.stories],
    ['StatementsMerged', summary.statementsMerged],
    ['ContinuingStories', summary.continuing],
    ['Skipped', summary.skipped],
    ['Unreadable', summary.unreadable],
    ['Sent', summary.sent],
    ['AlreadySent', summary.alreadySent],
    ['Suppressed', summary.suppressed],
    ['SendFailures', summary.failed],
    ['InDoubt', summary.inDoubt],
  ] as const) {
    metrics.addMetric(name, MetricUnit.Count, value);
  }
  metrics.addMetric('DurationMs', MetricUnit.Milliseconds, summary.durationMs);

  const { deliveries: _omitted, skippedFiles: _files, ...loggable } = summary;
  logger.info('digest finished', { summary: loggable });
}

/**
 * The error that fails the invocation when some recipient was not sent to (unreachable, failed or in doubt), or
 * null when every recipient was dealt with.
 */
export function undeliveredError(job: DigestJob, summary: DigestSummary): DeliveryFailedError | null {
  const unreachable = summary.deliveries.find((d) => d.unreachable);
  if (unreachable) {
    return new DeliveryFailedError(
      `digest ${job.date}: ${unreachable.unreachable} unreachable, ${summary.failed} of ${job.recipients.length} not sent and not marked as sent; ` +
        `${summary.sent} sent (${unreachable.error}). Invoking again sends only to the recipients still missing.`,
    );
  }
  if (summary.failed > 0 || summary.inDoubt > 0) {
    return new DeliveryFailedError(
      `digest ${job.date}: ${summary.failed} of ${job.recipients.length} sends failed; ${summary.sent} sent` +
        (summary.inDoubt ? `; ${summary.inDoubt} in doubt (an earlier invocation claimed them and never confirmed: resend with force if they did not get it)` : '') +
        '. Invoking again sends only to the recipients still missing.',
    );
  }
  return null;
}
