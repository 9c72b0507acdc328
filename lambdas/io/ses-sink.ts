/**
 * MailSink over Amazon SES: one SendRawEmail per recipient (the MIME message is complete, unsubscribe headers
 * included), through the configuration set so bounces and complaints are reported. Throttling and transient
 * failures are retried with backoff; a rejection (bad address, unverified sender) is not, since it would fail
 * the same way again. Retries stop before the invocation's time budget runs out (`retry.timeLeftMs`).
 */
import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { MailSink, OutgoingMail } from './ports.js';
import { withRetry, type RetryOptions } from '../shared/retry.js';
import { rethrowIfUnreachable } from '../shared/unreachable.js';

export interface SesSinkOptions {
  client: Pick<SESClient, 'send'>;
  /** Envelope sender (MAIL FROM identity), a verified SES identity. */
  source: string;
  configurationSet?: string;
  retry?: Partial<RetryOptions>;
}

const RETRYABLE_NAMES = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestThrottled',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalFailure',
  'InternalError',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);

/** Worth another attempt: throttling, 5xx, timeouts and dropped connections. */
export function isTransientSesError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const e = err as Error & { code?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  // SES reports "Maximum sending rate exceeded" as Throttling; the daily quota as the same code with another text.
  if (/daily message quota/i.test(e.message)) return false;
  if (RETRYABLE_NAMES.has(e.name)) return true;
  if (e.code && RETRYABLE_CODES.has(e.code)) return true;
  if (e.$retryable) return true;
  const status = e.$metadata?.httpStatusCode;
  return status === 429 || (status !== undefined && status >= 500);
}

export class SesMailSink implements MailSink {
  constructor(private readonly options: SesSinkOptions) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const { client, source, configurationSet } = this.options;
    const command = new SendRawEmailCommand({
      Source: source,
      Destinations: [mail.to],
      RawMessage: { Data: new Uint8Array(mail.raw.buffer, mail.raw.byteOffset, mail.raw.byteLength) },
      ConfigurationSetName: configurationSet,
    });
    let response;
    try {
      response = await withRetry(() => client.send(command), {
        attempts: 5,
        baseDelayMs: 200,
        maxDelayMs: 5_000,
        isRetryable: isTransientSesError,
        ...this.options.retry,
      });
    } catch (err) {
      // A refused connection that outlasted the retries is not this recipient's problem: say so, and the
      // delivery stops instead of burning the time budget on every other recipient.
      rethrowIfUnreachable(err, 'SES', 'SendRawEmail');
      throw err;
    }
    if (!response.MessageId) throw new Error('SES returned no MessageId');
    return { messageId: response.MessageId };
  }
}
