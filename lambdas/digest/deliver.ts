/**
 * Delivery of one rendered digest: one message per recipient, each with its own signed unsubscribe link and
 * the RFC 8058 one-click headers. Suppressed recipients are skipped; every other recipient is claimed with a
 * sent marker first (at most once per day), then sent; a failed send gives its claim back.
 *
 * Every recipient ends in exactly one status, so sent + already-sent + suppressed + in-doubt + failed always
 * adds up to the list: nobody is dropped without a trace. Once S3 or SES turns out to be unreachable the
 * recipients not yet begun are not tried (each would fail the same way after its retries) and are reported
 * as failed with that reason, their claims untouched, so the next invocation sends to them.
 */
import type { MailSink } from '../io/ports.js';
import { mapLimit } from '../io/concurrency.js';
import { buildMime } from '../render/mime.js';
import type { RenderedEmail } from '../render/index.js';
import { isSuppressed } from '../shared/suppressions.js';
import { makeUnsubscribeToken, unsubscribeLink } from '../shared/unsubscribe-token.js';
import { isUnreachable, ServiceUnreachableError, type AwsService } from '../shared/unreachable.js';
import { messageOf } from '../shared/retry.js';
import type { SentMarkers } from './sent-markers.js';

export type DeliveryStatus = 'sent' | 'already-sent' | 'suppressed' | 'in-doubt' | 'failed';

export interface Delivery {
  to: string;
  status: DeliveryStatus;
  messageId?: string;
  error?: string;
  /** Set on a failure because S3 or SES could not be reached at all. */
  unreachable?: AwsService;
}

export interface DeliverOptions {
  date: string;
  from: string;
  recipients: readonly string[];
  /** The rendered email, whose links carry `placeholder` where each recipient's token goes. */
  email: RenderedEmail;
  placeholder: string;
  unsubscribeBaseUrl: string;
  signingKey: Uint8Array;
  suppressed: ReadonlySet<string>;
  markers: SentMarkers;
  sink: MailSink;
  force: boolean;
  now: () => Date;
  /** Messages in flight at once; SES throttles above the account's rate and the sink backs off. */
  concurrency?: number;
  onError?: (to: string, err: unknown) => void;
}

/** The email for one recipient: the placeholder replaced by that recipient's token everywhere. */
export function personalise(email: RenderedEmail, placeholder: string, token: string): RenderedEmail {
  return {
    subject: email.subject,
    preheader: email.preheader,
    html: email.html.replaceAll(placeholder, token),
    text: email.text.replaceAll(placeholder, token),
  };
}

export async function deliver(options: DeliverOptions): Promise<Delivery[]> {
  let unreachable: ServiceUnreachableError | undefined;
  /** Remembers an unreachable service (markers live in S3; the sink names SES itself); returns it. */
  const stop = (err: unknown): AwsService | undefined => {
    if (!isUnreachable(err)) return undefined;
    const found = err instanceof ServiceUnreachableError ? err : new ServiceUnreachableError('S3', 'sent markers', err);
    unreachable ??= found;
    return found.service;
  };
  return mapLimit(options.recipients, options.concurrency ?? 4, async (to): Promise<Delivery> => {
    if (isSuppressed(options.suppressed, to)) return { to, status: 'suppressed' };
    if (unreachable) return { to, status: 'failed', error: `not attempted: ${unreachable.message}`, unreachable: unreachable.service };
    let claim;
    try {
      claim = await options.markers.claim(options.date, to, { force: options.force, at: options.now().toISOString() });
    } catch (err) {
      // The marker store failing is no reason to abandon the other recipients' results; nothing was claimed.
      const service = stop(err);
      options.onError?.(to, err);
      return { to, status: 'failed', error: `could not claim the sent marker: ${messageOf(err)}`, ...(service ? { unreachable: service } : {}) };
    }
    if (claim === 'already-sent') return { to, status: 'already-sent' };
    if (claim === 'in-doubt') return { to, status: 'in-doubt', error: 'a sent marker says "sending": an earlier invocation did not finish this send' };
    try {
      const token = makeUnsubscribeToken(options.signingKey, to);
      const mail = personalise(options.email, options.placeholder, token);
      const link = unsubscribeLink(options.unsubscribeBaseUrl, token);
      const raw = await buildMime({
        from: options.from,
        to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: {
          'List-Unsubscribe': `<${link}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
      const { messageId } = await options.sink.send({ to, subject: mail.subject, raw });
      // The marker records the message id; failing to write it must not turn a sent mail into a "failed" one.
      await options.markers.confirm(options.date, to, { messageId, at: options.now().toISOString() }).catch(() => undefined);
      return { to, status: 'sent', messageId };
    } catch (err) {
      const service = stop(err);
      options.onError?.(to, err);
      // If this fails too (S3 gone), the claim stays and the next run reports the recipient in doubt.
      await options.markers.release(options.date, to).catch(() => undefined);
      return { to, status: 'failed', error: messageOf(err), ...(service ? { unreachable: service } : {}) };
    }
  });
}
