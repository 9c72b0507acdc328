/**
 * The digest Lambda: validate the event, load the day before's archived continuity.json (for "Continuing" stories;
 * optional), run the same runDigest the CLI runs (S3 in), archive the result under digests/YYYY-MM-DD/
 * (digest.json, continuity.json, the full web copy digest.html that the email's "View in browser" link opens
 * through the links endpoint, email.txt, summary.json), then deliver through SES unless it is a dry run or an
 * empty day.
 * Returns a JSON summary.
 *
 * A send failure fails the invocation after every recipient was tried, so the alarm fires and the retry (which
 * the sent markers make safe) picks up only the recipients still missing.
 *
 * Faults: an article that cannot be read after its retries is skipped with the reason (the summary counts
 * them as `unreadable`, by their SkipCause) and the day goes on; S3 refusing the connection is no article's fault
 * and fails the run (readDay rethrows it). S3 or SES unreachable fails the invocation with an error naming
 * the service, nothing marked as sent, so the schedule's retry and then the dead-letter queue take over.
 * Retries (article reads, sends) stop while the Lambda still has `cleanupReserveMs` left to release claims and
 * write the summary.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SESClient } from '@aws-sdk/client-ses';
import type { DigestConfig } from './config.js';
import type { DigestJob } from './events.js';
import type { Delivery } from './deliver.js';
import { CONTINUITY_JSON, digestPrefix, DIGEST_JSON, maskAddress, WEB_COPY } from '../shared/bucket-layout.js';
import { unsubscribeLink } from '../shared/unsubscribe-token.js';
import { makeViewToken, viewLink } from '../shared/view-token.js';
import { dayBefore } from '../shared/time.js';
import { logger, metrics, MetricUnit } from '../shared/logger.js';
import type { RetryOptions } from '../shared/retry.js';
import { rethrowIfUnreachable } from '../shared/unreachable.js';
import type { Skipped } from '../pipeline/model.js';
import type { Continuity } from '../pipeline/continuity.js';

/*
 * Cold start: the heavy parts are loaded on the first invocation, not when the runtime imports this module
 * (the event and configuration schemas too: zod is not needed before there is an event to check).
 * Everything below stays in the one bundle (esbuild keeps what a dynamic import() reaches and evaluates it when
 * the import runs), so nothing is fetched; only the evaluation moves. The read-and-build side (the pipeline with
 * linkedom, Readability, the stemmer, zod schemas, the template; the AWS SDK's S3 client) is loaded at the start
 * of each invocation (cached after the first); the delivery side (nodemailer, the SES client, markers,
 * suppressions) only when there is something to send, so dry runs and empty days never evaluate it.
 * test/unit/digest/bundle-lazy.test.ts checks on the built bundle that importing it evaluates none of them.
 */
const loadDigestSide = () =>
  Promise.all([
    import('./run.js'),
    import('../io/s3-source.js'),
    import('../io/sidecar-s3.js'),
    import('../io/s3-archive.js'),
    import('../io/s3-previous-digest.js'),
    import('../shared/signing-key.js'),
    import('../render/index.js'),
    import('../io/chunked-json.js'),
    import('../pipeline/continuity.js'),
  ]).then(([run, source, sidecars, archive, previous, signingKey, render, chunked, continuity]) => ({
    runDigest: run.runDigest,
    S3ArticleSource: source.S3ArticleSource,
    S3SidecarStore: sidecars.S3SidecarStore,
    S3Archive: archive.S3Archive,
    loadPreviousDigest: previous.loadPreviousDigest,
    loadOrCreateSigningKey: signingKey.loadOrCreateSigningKey,
    renderArchiveHtml: render.renderArchiveHtml,
    jsonChunks: chunked.jsonChunks,
    continuityFile: continuity.continuityFile,
  }));

const loadDeliverySide = () =>
  Promise.all([import('./deliver.js'), import('./sent-markers.js'), import('../io/ses-sink.js'), import('../shared/suppressions.js')]).then(
    ([deliver, markers, sink, suppressions]) => ({
      deliver: deliver.deliver,
      SentMarkers: markers.SentMarkers,
      SesMailSink: sink.SesMailSink,
      SuppressionList: suppressions.SuppressionList,
    }),
  );

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

export interface HandlerDeps {
  config: DigestConfig;
  s3: S3Client;
  ses: Pick<SESClient, 'send'>;
  now?: () => Date;
  /** Listing page size; tests shrink it to exercise pagination. */
  pageSize?: number;
  sesRetry?: Partial<RetryOptions>;
  /**
   * The client for article GETs. They retry themselves (body included), so on Lambda this client makes one
   * attempt per call instead of multiplying the SDK's retries by ours. Default: `s3`.
   */
  articlesS3?: S3Client;
  readRetry?: Partial<RetryOptions>;
  /** Deadline of one article GET attempt (default 20 s). */
  readAttemptTimeoutMs?: number;
  /**
   * Time kept back from retrying, for what follows the last attempt: one send's request timeout, releasing
   * claims, the summary. Default 20 s; only applies when the context has getRemainingTimeInMillis.
   */
  cleanupReserveMs?: number;
  /** Messages in flight at once (default 4); tests use 1 to make the order of sends fixed. */
  sendConcurrency?: number;
}

export class DeliveryFailedError extends Error {
  override name = 'DeliveryFailedError';
}

const SKIPPED_IN_SUMMARY = 50;

type DigestSide = Awaited<ReturnType<typeof loadDigestSide>>;

export function createHandler(deps: HandlerDeps) {
  const now = deps.now ?? (() => new Date());
  const { config, s3 } = deps;

  /** The day before's continuity.json (or digest.json), or undefined (first day, gap, unreadable): never fails. */
  async function loadPrevious(date: string, loadPreviousDigest: DigestSide['loadPreviousDigest']): Promise<Continuity | undefined> {
    const previous = await loadPreviousDigest(s3, config.bucket, dayBefore(date));
    if (previous.status === 'loaded') {
      if (previous.note) logger.warn('previous continuity.json not used', { key: previous.key, reason: previous.note });
      logger.info('previous digest loaded', { key: previous.key, stories: previous.continuity.stories.length });
      return previous.continuity;
    }
    if (previous.status === 'missing') logger.info('no previous digest', { key: previous.key });
    else logger.warn('previous digest ignored', { key: previous.key, reason: previous.reason });
    return undefined;
  }

  return async function handle(event: unknown, context?: Partial<Context>): Promise<DigestSummary> {
    const started = Date.now();
    if (context?.awsRequestId) logger.addContext(context as Context);
    const reserve = deps.cleanupReserveMs ?? 20_000;
    const remaining = context?.getRemainingTimeInMillis?.bind(context);
    const timeLeftMs = remaining ? { timeLeftMs: () => remaining() - reserve } : {};
    try {
      // The event's schema (zod) is loaded with it, on first use.
      const { parseEvent, InvalidEventError } = await import('./events.js');
      let job: DigestJob;
      try {
        job = parseEvent(event, config, now());
      } catch (err) {
        if (err instanceof InvalidEventError) logger.warn('rejected event', { error: err.message });
        throw err;
      }
      try {
        logger.info('digest started', { trigger: job.trigger, date: job.date, prefix: job.prefix, dryRun: job.dryRun, force: job.force, recipients: job.recipients.length });

        const { runDigest, S3ArticleSource, S3SidecarStore, S3Archive, loadPreviousDigest, loadOrCreateSigningKey, renderArchiveHtml, jsonChunks, continuityFile } = await loadDigestSide();

        // The signing key first: it signs the day's view link, which is in the email everybody gets (even a dry
        // run archives a copy whose link must open), and later each recipient's unsubscribe token.
        const signingKey = await loadOrCreateSigningKey(s3, config.bucket);
        const archiveUrl = viewLink(config.unsubscribeUrl, job.date, makeViewToken(signingKey, job.date));
        const previous = await loadPrevious(job.date, loadPreviousDigest);

        // An unguessable stand-in for the per-recipient token: the email is rendered once for everybody, and
        // article text cannot contain a random string it has never seen.
        const placeholder = `tok${randomBytes(16).toString('hex')}`;
        const source = new S3ArticleSource({
          client: deps.articlesS3 ?? s3,
          bucket: config.bucket,
          prefix: job.prefix,
          maxBytes: config.maxObjectBytes,
          pageSize: deps.pageSize,
          retry: { ...deps.readRetry, ...timeLeftMs },
          ...(deps.readAttemptTimeoutMs ? { attemptTimeoutMs: deps.readAttemptTimeoutMs } : {}),
        });
        const { digest, email, read } = await runDigest({
          source,
          date: job.date,
          read: {
            maxBytes: config.maxObjectBytes,
            concurrency: config.readConcurrency,
            // Articles the ingest function already parsed; any article without a fresh sidecar is read raw.
            sidecars: new S3SidecarStore({ client: s3, bucket: config.bucket, prefix: job.prefix, maxSidecarBytes: 4 * config.maxObjectBytes + 65_536 }),
          },
          ...(previous ? { previous } : {}),
          links: { unsubscribeUrl: unsubscribeLink(config.unsubscribeUrl, placeholder), archiveUrl },
        });

        // The web copy is the full digest (every story: a browser does not clip, while the email may be cut to
        // fit Gmail's limit and link here). It is nobody's, so its unsubscribe link carries no valid token.
        const nobodysUnsubscribeUrl = unsubscribeLink(config.unsubscribeUrl, 'archived-copy');
        const archive = new S3Archive(s3, config.bucket, digestPrefix(job.date));
        const archiveKeys = [
          // In chunks: one string of a large day's digest.json would pass V8's string limit (io/chunked-json.ts).
          await archive.put(DIGEST_JSON, jsonChunks(digest, { indent: 2 }), 'application/json'),
          await archive.put(CONTINUITY_JSON, jsonChunks(continuityFile(digest)), 'application/json'),
          await archive.put(WEB_COPY, renderArchiveHtml(digest, { unsubscribeUrl: nobodysUnsubscribeUrl }), 'text/html; charset=utf-8'),
          await archive.put('email.txt', email.text.replaceAll(placeholder, 'archived-copy'), 'text/plain; charset=utf-8'),
        ];
        const continuing = digest.stories.filter((story) => story.continues).length;

        const emptyDay = digest.stats.articles === 0 && !config.sendEmptyDay;
        let deliveries: Delivery[] = [];
        if (!job.dryRun && !emptyDay && job.recipients.length > 0) {
          const { deliver, SentMarkers, SesMailSink, SuppressionList } = await loadDeliverySide();
          const suppressed = await new SuppressionList(s3, config.bucket).load();
          deliveries = await deliver({
            date: job.date,
            from: config.sender,
            recipients: job.recipients,
            email,
            placeholder,
            unsubscribeBaseUrl: config.unsubscribeUrl,
            signingKey,
            suppressed,
            markers: new SentMarkers(s3, config.bucket),
            sink: new SesMailSink({ client: deps.ses, source: config.sender, configurationSet: config.configurationSet, retry: { ...deps.sesRetry, ...timeLeftMs } }),
            force: job.force,
            now,
            ...(deps.sendConcurrency ? { concurrency: deps.sendConcurrency } : {}),
            onError: (to, err) => logger.error('send failed', { to: maskAddress(to), error: err as Error }),
          });
        }

        const count = (status: Delivery['status']) => deliveries.filter((d) => d.status === status).length;
        const summary: DigestSummary = {
          trigger: job.trigger,
          date: job.date,
          prefix: job.prefix,
          dryRun: job.dryRun,
          force: job.force,
          articles: digest.stats.articles,
          stories: digest.stats.stories,
          statementsMerged: digest.stats.statementsMerged,
          continuing,
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
          archive: archiveKeys,
          durationMs: Date.now() - started,
        };
        summary.archive.push(await archive.put('summary.json', JSON.stringify({ ...summary, deliveries: deliveries.map((d) => ({ ...d, to: maskAddress(d.to) })) }, null, 2), 'application/json'));

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
        const unreachable = deliveries.find((d) => d.unreachable);
        if (unreachable) {
          throw new DeliveryFailedError(
            `digest ${job.date}: ${unreachable.unreachable} unreachable, ${summary.failed} of ${job.recipients.length} not sent and not marked as sent; ` +
              `${summary.sent} sent (${unreachable.error}). Invoking again sends only to the recipients still missing.`,
          );
        }
        if (summary.failed > 0 || summary.inDoubt > 0) {
          throw new DeliveryFailedError(
            `digest ${job.date}: ${summary.failed} of ${job.recipients.length} sends failed; ${summary.sent} sent` +
              (summary.inDoubt ? `; ${summary.inDoubt} in doubt (an earlier invocation claimed them and never confirmed: resend with force if they did not get it)` : '') +
              '. Invoking again sends only to the recipients still missing.',
          );
        }
        return summary;
      } catch (err) {
        // Anything not already named (listing, archive, markers, suppressions) that could not connect was S3.
        rethrowIfUnreachable(err, 'S3', `bucket "${config.bucket}"`);
        throw err;
      }
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

let lambdaHandler: ReturnType<typeof createHandler> | undefined;

/**
 * The Lambda entry point: clients and configuration built once per container, on first use (the SDK's modules
 * are loaded then too, not at import).
 */
export async function handler(event: unknown, context?: Partial<Context>): Promise<DigestSummary> {
  if (!lambdaHandler) {
    const [{ configFromEnv }, { makeS3Client, makeSesClient }] = await Promise.all([import('./config.js'), import('../shared/aws-clients.js')]);
    lambdaHandler ??= createHandler({ config: configFromEnv(), s3: makeS3Client(), articlesS3: makeS3Client(process.env, { maxAttempts: 1 }), ses: makeSesClient() });
  }
  return lambdaHandler(event, context);
}
