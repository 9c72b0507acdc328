/**
 * The digest Lambda: validate the event (events.ts), run the job it describes (job.ts: read and build, archive,
 * deliver, report), and map what goes wrong. Returns the job's JSON summary (summary.ts).
 *
 * A send failure fails the invocation after every recipient was tried, so the alarm fires and the retry (which
 * the sent markers make safe) picks up only the recipients still missing.
 *
 * Faults: an event that does not validate is refused with a warning and an InvalidEventError saying what is wrong.
 * S3 or SES unreachable fails the invocation with an error naming the service, nothing marked as sent, so the
 * schedule's retry and then the dead-letter queue take over. Metrics are published whatever happens.
 */
import type { Context } from 'aws-lambda';
import type { DigestConfig } from './config.js';
import type { DigestJob } from './events.js';
import { logger, metrics } from '../shared/logger.js';
import type { RetryOptions } from '../shared/retry.js';
import { rethrowIfUnreachable } from '../shared/unreachable.js';
import { runJob, type HandlerDeps, type JobContext } from './job.js';
import type { DigestSummary } from './summary.js';

export type { HandlerDeps } from './job.js';
export { DeliveryFailedError, type DigestSummary } from './summary.js';

/** Time kept back from retrying by default, for releasing claims and writing the summary. */
const DEFAULT_CLEANUP_RESERVE_MS = 20_000;

export function createHandler(deps: HandlerDeps) {
  const now = deps.now ?? (() => new Date());

  return async function handle(event: unknown, context?: Partial<Context>): Promise<DigestSummary> {
    const started = Date.now();
    if (context?.awsRequestId) logger.addContext(context as Context);
    try {
      const job = await parseJob(event, deps.config, now());
      const ctx: JobContext = { deps, now, retryBudget: retryBudget(deps, context), started };
      try {
        return await runJob(ctx, job);
      } catch (err) {
        // Anything not already named (listing, archive, markers, suppressions) that could not connect was S3.
        rethrowIfUnreachable(err, 'S3', `bucket "${deps.config.bucket}"`);
        throw err;
      }
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

/** The job the event asks for; an invalid event is logged as rejected and its InvalidEventError rethrown. */
async function parseJob(event: unknown, config: DigestConfig, now: Date): Promise<DigestJob> {
  // The event's schema (zod) is loaded with it, on first use.
  const { parseEvent, InvalidEventError } = await import('./events.js');
  try {
    return parseEvent(event, config, now);
  } catch (err) {
    if (err instanceof InvalidEventError) logger.warn('rejected event', { error: err.message });
    throw err;
  }
}

/** Retries stop while `cleanupReserveMs` of the Lambda's time is left; without a context they are not cut short. */
function retryBudget(deps: HandlerDeps, context?: Partial<Context>): Partial<Pick<RetryOptions, 'timeLeftMs'>> {
  const reserve = deps.cleanupReserveMs ?? DEFAULT_CLEANUP_RESERVE_MS;
  const remaining = context?.getRemainingTimeInMillis?.bind(context);
  return remaining ? { timeLeftMs: () => remaining() - reserve } : {};
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
