/**
 * Retry with capped exponential backoff and full jitter. SES answers a burst over the account's sending rate
 * with Throttling, S3 a hot prefix with 503 SlowDown; a few waits of growing length get the request through
 * instead of dropping a recipient or an article. Retries stop early when the invocation's time budget would
 * not cover the next wait: a Lambda killed by its timeout mid-retry leaves claims behind and reports nothing.
 */
export interface RetryOptions {
  /** Total attempts, the first included. */
  attempts: number;
  /** First wait ceiling in ms; doubles each retry up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  isRetryable: (err: unknown) => boolean;
  /**
   * Milliseconds this work may still spend (the Lambda's remaining time less what cleanup needs). A retry whose
   * wait would not fit is not made. Absent: no budget, only `attempts` limits.
   */
  timeLeftMs?: () => number;
  /** Injected so tests neither wait nor depend on chance. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Thrown instead of the last error when retrying stopped because the time budget ran out. */
export class RetryBudgetExhaustedError extends Error {
  override name = 'RetryBudgetExhaustedError';
  constructor(
    readonly attempts: number,
    override readonly cause: unknown,
  ) {
    super(`gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: time budget of the invocation exhausted (last error: ${messageOf(cause)})`);
  }
}

/** Thrown instead of the last error when every attempt failed, so the message says how hard we tried. */
export class RetriesExhaustedError extends Error {
  override name = 'RetriesExhaustedError';
  constructor(
    readonly attempts: number,
    override readonly cause: unknown,
  ) {
    super(`failed after ${attempts} attempts: ${messageOf(cause)}`);
  }
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) {
    const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const code = (err as { code?: string }).code;
    const detail = [err.name !== 'Error' ? err.name : '', status ? String(status) : '', code ?? ''].filter(Boolean).join(' ');
    return detail && !err.message.includes(detail) ? `${err.message} (${detail})` : err.message;
  }
  return String(err);
}

/**
 * Runs fn until it succeeds, a non-retryable error, the attempt limit or the time budget. A non-retryable
 * error is rethrown as it is (callers recognise it); a retryable one that outlasted the retries is wrapped in
 * RetriesExhaustedError / RetryBudgetExhaustedError with the original as `cause`.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!options.isRetryable(err)) throw err;
      if (attempt >= options.attempts) throw attempt > 1 ? new RetriesExhaustedError(attempt, err) : err;
      const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.round(random() * ceiling);
      // The budget already holds back time for one more attempt and the cleanup after it; the wait must fit.
      if (options.timeLeftMs && options.timeLeftMs() <= delay) throw new RetryBudgetExhaustedError(attempt, err);
      options.onRetry?.(err, attempt, delay);
      await wait(delay);
    }
  }
}
