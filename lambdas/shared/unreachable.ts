/**
 * "The service cannot be reached at all" as opposed to "this one request failed". A refused connection or an
 * unknown host fails every request the same way, so retrying recipient after recipient only burns the time
 * budget: the run stops, says which service it could not reach, and throws so the schedule's retry and
 * dead-letter path take over.
 */
import { messageOf } from './retry.js';

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** True for a connection that could not be opened, also when wrapped as the `cause` of a retry error. */
export function isUnreachable(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof ServiceUnreachableError) return true;
    const code = (e as { code?: string }).code;
    if (code && UNREACHABLE_CODES.has(code)) return true;
  }
  return false;
}

export type AwsService = 'S3' | 'SES';

export class ServiceUnreachableError extends Error {
  override name = 'ServiceUnreachableError';
  constructor(
    readonly service: AwsService,
    /** What was being done, e.g. `bucket "news"`, for the operator reading the dead-letter message. */
    what: string,
    override readonly cause: unknown,
  ) {
    super(`${service} unreachable (${what}): ${messageOf(cause)}`);
  }
}

/** Rethrows a connection failure as ServiceUnreachableError naming the service; anything else unchanged. */
export function rethrowIfUnreachable(err: unknown, service: AwsService, what: string): void {
  if (err instanceof ServiceUnreachableError) throw err;
  if (isUnreachable(err)) throw new ServiceUnreachableError(service, what, err);
}
