/**
 * One digest job, once its event is understood (events.ts): load the day before's archived continuity.json (for
 * "Continuing" stories; optional), run the same runDigest the CLI runs (S3 in), archive the result under
 * digests/YYYY-MM-DD/ (digest.json, continuity.json, the full web copy digest.html that the email's "View in
 * browser" link opens through the links endpoint, email.txt, summary.json), then deliver through SES unless it is a
 * dry run or an empty day, and report (summary.ts). handler.ts validates the event, calls runJob and maps errors.
 *
 * Faults: an article that cannot be read after its retries is skipped with the reason (the summary counts
 * them as `unreadable`, by their SkipCause) and the day goes on; S3 refusing the connection is no article's fault
 * and fails the job (readDay rethrows it). Retries (article reads, sends) stop while the Lambda still has `cleanupReserveMs` left to release claims and
 * write the summary.
 */
import { randomBytes } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SESClient } from '@aws-sdk/client-ses';
import type { DigestConfig } from './config.js';
import type { DigestJob } from './events.js';
import type { Delivery } from './deliver.js';
import type { RunResult } from './run.js';
import type { Archive } from '../io/ports.js';
import { CONTINUITY_JSON, digestPrefix, DIGEST_JSON, maskAddress, WEB_COPY } from '../shared/bucket-layout.js';
import { unsubscribeLink } from '../shared/unsubscribe-token.js';
import { makeViewToken, viewLink } from '../shared/view-token.js';
import { dayBefore } from '../shared/time.js';
import { logger } from '../shared/logger.js';
import type { RetryOptions } from '../shared/retry.js';
import type { Continuity } from '../pipeline/continuity.js';
import { reportSummary, summarise, summaryJson, undeliveredError, type DigestSummary } from './summary.js';

/*
 * Cold start: the heavy parts are loaded on the first invocation, not when the runtime imports the handler
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

type DigestSide = Awaited<ReturnType<typeof loadDigestSide>>;

/** The digest function's dependencies: built once per container (handler.ts), shared by its invocations. */
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

/** What every step of one invocation's job needs besides the job. */
export interface JobContext {
  deps: HandlerDeps;
  now: () => Date;
  /** Spread into every retry's options: stops retrying while the cleanup reserve is left (empty without a context). */
  retryBudget: Partial<Pick<RetryOptions, 'timeLeftMs'>>;
  /** Date.now() when the invocation started. */
  started: number;
}

/** The day's digest and email as runDigest made them, with what delivery needs to personalise the email. */
interface BuiltDay extends RunResult {
  signingKey: Uint8Array;
  /** Stands in for each recipient's unsubscribe token in the rendered email. */
  placeholder: string;
}

/**
 * Runs one job: read and build, archive, deliver, report. Returns the summary; throws DeliveryFailedError when a
 * recipient was not sent to, after the summary was archived and reported.
 */
export async function runJob(ctx: JobContext, job: DigestJob): Promise<DigestSummary> {
  logger.info('digest started', { trigger: job.trigger, date: job.date, prefix: job.prefix, dryRun: job.dryRun, force: job.force, recipients: job.recipients.length });
  const side = await loadDigestSide();
  const built = await readAndBuild(ctx, job, side);
  const { archive, keys } = await archiveDay(ctx, job, built, side);
  const emptyDay = built.digest.stats.articles === 0 && !ctx.deps.config.sendEmptyDay;
  const deliveries = !job.dryRun && !emptyDay && job.recipients.length > 0 ? await deliverDay(ctx, job, built) : [];

  const summary = summarise({ job, run: built, archive: keys, emptyDay, deliveries, started: ctx.started });
  summary.archive.push(await archive.put('summary.json', summaryJson(summary), 'application/json'));
  reportSummary(summary);
  const undelivered = undeliveredError(job, summary);
  if (undelivered) throw undelivered;
  return summary;
}

/** The signing key, the day before's continuity, then runDigest over the job's prefix (sidecars where fresh). */
async function readAndBuild(ctx: JobContext, job: DigestJob, side: DigestSide): Promise<BuiltDay> {
  const { config, s3 } = ctx.deps;
  // The signing key first: it signs the day's view link, which is in the email everybody gets (even a dry
  // run archives a copy whose link must open), and later each recipient's unsubscribe token.
  const signingKey = await side.loadOrCreateSigningKey(s3, config.bucket);
  const archiveUrl = viewLink(config.unsubscribeUrl, job.date, makeViewToken(signingKey, job.date));
  const previous = await loadPrevious(ctx, job.date, side.loadPreviousDigest);

  // An unguessable stand-in for the per-recipient token: the email is rendered once for everybody, and
  // article text cannot contain a random string it has never seen.
  const placeholder = `tok${randomBytes(16).toString('hex')}`;
  const source = new side.S3ArticleSource({
    client: ctx.deps.articlesS3 ?? s3,
    bucket: config.bucket,
    prefix: job.prefix,
    maxBytes: config.maxObjectBytes,
    pageSize: ctx.deps.pageSize,
    retry: { ...ctx.deps.readRetry, ...ctx.retryBudget },
    ...(ctx.deps.readAttemptTimeoutMs ? { attemptTimeoutMs: ctx.deps.readAttemptTimeoutMs } : {}),
  });
  const run = await side.runDigest({
    source,
    date: job.date,
    read: {
      maxBytes: config.maxObjectBytes,
      concurrency: config.readConcurrency,
      // Articles the ingest function already parsed; any article without a fresh sidecar is read raw.
      sidecars: new side.S3SidecarStore({ client: s3, bucket: config.bucket, prefix: job.prefix, maxSidecarBytes: 4 * config.maxObjectBytes + 65_536 }),
    },
    ...(previous ? { previous } : {}),
    links: { unsubscribeUrl: unsubscribeLink(config.unsubscribeUrl, placeholder), archiveUrl },
  });
  return { ...run, signingKey, placeholder };
}

/** The day before's continuity.json (or digest.json), or undefined (first day, gap, unreadable): never fails. */
async function loadPrevious(ctx: JobContext, date: string, loadPreviousDigest: DigestSide['loadPreviousDigest']): Promise<Continuity | undefined> {
  const previous = await loadPreviousDigest(ctx.deps.s3, ctx.deps.config.bucket, dayBefore(date));
  if (previous.status === 'loaded') {
    if (previous.note) logger.warn('previous continuity.json not used', { key: previous.key, reason: previous.note });
    logger.info('previous digest loaded', { key: previous.key, stories: previous.continuity.stories.length });
    return previous.continuity;
  }
  if (previous.status === 'missing') logger.info('no previous digest', { key: previous.key });
  else logger.warn('previous digest ignored', { key: previous.key, reason: previous.reason });
  return undefined;
}

/** digest.json, continuity.json, the web copy and email.txt under digests/YYYY-MM-DD/: the archive and their keys. */
async function archiveDay(ctx: JobContext, job: DigestJob, { digest, email, placeholder }: BuiltDay, side: DigestSide): Promise<{ archive: Archive; keys: string[] }> {
  const { config, s3 } = ctx.deps;
  // The web copy is the full digest (every story: a browser does not clip, while the email may be cut to
  // fit Gmail's limit and link here). It is nobody's, so its unsubscribe link carries no valid token.
  const nobodysUnsubscribeUrl = unsubscribeLink(config.unsubscribeUrl, 'archived-copy');
  const archive = new side.S3Archive(s3, config.bucket, digestPrefix(job.date));
  const keys = [
    // In chunks: one string of a large day's digest.json would pass V8's string limit (io/chunked-json.ts).
    await archive.put(DIGEST_JSON, side.jsonChunks(digest, { indent: 2 }), 'application/json'),
    await archive.put(CONTINUITY_JSON, side.jsonChunks(side.continuityFile(digest)), 'application/json'),
    await archive.put(WEB_COPY, side.renderArchiveHtml(digest, { unsubscribeUrl: nobodysUnsubscribeUrl }), 'text/html; charset=utf-8'),
    await archive.put('email.txt', email.text.replaceAll(placeholder, 'archived-copy'), 'text/plain; charset=utf-8'),
  ];
  return { archive, keys };
}

/** Sends the email to the job's recipients (suppressions and sent markers respected): one Delivery each. */
async function deliverDay(ctx: JobContext, job: DigestJob, { email, placeholder, signingKey }: BuiltDay): Promise<Delivery[]> {
  const { config, s3 } = ctx.deps;
  const { deliver, SentMarkers, SesMailSink, SuppressionList } = await loadDeliverySide();
  const suppressed = await new SuppressionList(s3, config.bucket).load();
  return deliver({
    date: job.date,
    from: config.sender,
    recipients: job.recipients,
    email,
    placeholder,
    unsubscribeBaseUrl: config.unsubscribeUrl,
    signingKey,
    suppressed,
    markers: new SentMarkers(s3, config.bucket),
    sink: new SesMailSink({ client: ctx.deps.ses, source: config.sender, configurationSet: config.configurationSet, retry: { ...ctx.deps.sesRetry, ...ctx.retryBudget } }),
    force: job.force,
    now: ctx.now,
    ...(ctx.deps.sendConcurrency ? { concurrency: ctx.deps.sendConcurrency } : {}),
    onError: (to, err) => logger.error('send failed', { to: maskAddress(to), error: err as Error }),
  });
}
