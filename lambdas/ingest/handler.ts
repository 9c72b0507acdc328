/**
 * The ingest function: S3 invokes it (asynchronously) for every object created under the articles prefix. Each
 * article becomes a sidecar (lambdas/io/sidecar-format.ts) as it lands, so parsing spreads over the day and over
 * Lambda's concurrency instead of all falling on the morning run.
 *
 * A record that is not an article of a day is ignored. A bad file is not a failure: its sidecar is a skip record
 * with the reason, as the daily run would give it. A failure to read or write S3 (after retries) fails the
 * invocation once every record was tried; Lambda retries it twice, then it lands in the ingest dead-letter queue.
 * Nothing is lost either way: without a sidecar the daily run reads the article raw.
 */
import type { Context, S3Event } from 'aws-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import { ingestConfigFromEnv, type IngestConfig } from './config.js';
import { recordTarget } from './keys.js';
import { ingestObject } from './ingest-object.js';
import { makeS3Client } from '../shared/aws-clients.js';
import { logger } from '../shared/logger.js';
import type { RetryOptions } from '../shared/retry.js';

export interface IngestDeps {
  config: IngestConfig;
  s3: S3Client;
  retry?: Partial<RetryOptions>;
  /** Deadline of one GET attempt, headers and body (default INGEST_ATTEMPT_TIMEOUT_MS). */
  attemptTimeoutMs?: number;
}

/**
 * 15 s, under the daily run's 20 s: the function's 60 s timeout must hold three stalled attempts and their backoff,
 * so a stalled object fails here with its reason (and the retry/DLQ path) instead of as a Lambda timeout.
 */
export const INGEST_ATTEMPT_TIMEOUT_MS = 15_000;

export interface IngestSummary {
  written: { key: string; sidecar: string; kind: 'article' | 'skipped' }[];
  ignored: number;
  gone: number;
}

export class IngestFailedError extends Error {
  override name = 'IngestFailedError';
}

export function createIngestHandler(deps: IngestDeps) {
  return async function handle(event: S3Event, context?: Partial<Context>): Promise<IngestSummary> {
    if (context?.awsRequestId) logger.addContext(context as Context);
    const summary: IngestSummary = { written: [], ignored: 0, gone: 0 };
    const failures: string[] = [];
    for (const record of event?.Records ?? []) {
      const target = recordTarget(record, deps.config);
      if (!target.handle) {
        summary.ignored++;
        logger.debug('record ignored', { why: target.why, key: target.key });
        continue;
      }
      try {
        const outcome = await ingestObject(deps.s3, target, deps.config.maxObjectBytes, deps.retry, deps.attemptTimeoutMs ?? INGEST_ATTEMPT_TIMEOUT_MS);
        if (outcome.status === 'gone') {
          summary.gone++;
          logger.info('object gone before ingest', { key: target.key });
          continue;
        }
        summary.written.push({ key: target.key, sidecar: outcome.sidecarKey, kind: outcome.sidecar.kind });
        if (outcome.sidecar.kind === 'skipped') logger.info('article skipped', { key: target.key, reason: outcome.sidecar.reason });
      } catch (err) {
        logger.error('ingest failed', { key: target.key, error: err as Error });
        failures.push(`${target.key}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (failures.length > 0) throw new IngestFailedError(`${failures.length} object(s) not ingested: ${failures.join('; ')}`);
    return summary;
  };
}

let lambdaHandler: ReturnType<typeof createIngestHandler> | undefined;

/** The Lambda entry point: configuration and client built once per container. */
export async function handler(event: S3Event, context?: Partial<Context>): Promise<IngestSummary> {
  // One SDK attempt per call: ingestObject retries GET (body included) and PUT itself.
  lambdaHandler ??= createIngestHandler({ config: ingestConfigFromEnv(), s3: makeS3Client(process.env, { maxAttempts: 1 }) });
  return lambdaHandler(event, context);
}
