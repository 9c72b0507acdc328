/**
 * Retry with capped exponential backoff and full jitter. SES answers a burst over the account's sending rate
 * with Throttling; a few waits of growing length get the message through instead of dropping a recipient.
 */
export interface RetryOptions {
  /** Total attempts, the first included. */
  attempts: number;
  /** First wait ceiling in ms; doubles each retry up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  isRetryable: (err: unknown) => boolean;
  /** Injected so tests neither wait nor depend on chance. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= options.attempts || !options.isRetryable(err)) throw err;
      const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.round(random() * ceiling);
      options.onRetry?.(err, attempt, delay);
      await wait(delay);
    }
  }
}
