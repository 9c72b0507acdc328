/**
 * SES feedback: the configuration set publishes bounce and complaint events to an SNS topic, which invokes
 * this function. A permanent bounce or a complaint puts the address on the suppression list, so later digests
 * skip it (SES's own account-level suppression would drop it too, but silently: ours shows in the summary).
 * Transient bounces (mailbox full, greylisting) are only logged.
 */
import type { SNSEvent } from 'aws-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import { makeS3Client } from '../shared/aws-clients.js';
import { maskAddress } from '../shared/bucket-layout.js';
import { SuppressionList, type SuppressionReason } from '../shared/suppressions.js';
import { logger } from '../shared/logger.js';

interface SesEventMessage {
  eventType?: string;
  notificationType?: string;
  bounce?: { bounceType?: string; bounceSubType?: string; bouncedRecipients?: { emailAddress?: string }[] };
  complaint?: { complaintFeedbackType?: string; complainedRecipients?: { emailAddress?: string }[] };
}

export interface Suppression {
  address: string;
  reason: SuppressionReason;
  detail: string;
}

/** The addresses one SES event message asks us to suppress (none for transient bounces and other events). */
export function suppressionsFromSesEvent(message: SesEventMessage): Suppression[] {
  const type = message.eventType ?? message.notificationType;
  if (type === 'Bounce' && message.bounce?.bounceType === 'Permanent') {
    const detail = `bounce ${message.bounce.bounceSubType ?? ''}`.trim();
    return (message.bounce.bouncedRecipients ?? []).flatMap((r) =>
      r.emailAddress ? [{ address: extractAddress(r.emailAddress), reason: 'bounce' as const, detail }] : [],
    );
  }
  if (type === 'Complaint') {
    const detail = `complaint ${message.complaint?.complaintFeedbackType ?? ''}`.trim();
    return (message.complaint?.complainedRecipients ?? []).flatMap((r) =>
      r.emailAddress ? [{ address: extractAddress(r.emailAddress), reason: 'complaint' as const, detail }] : [],
    );
  }
  return [];
}

/** `"Name" <a@b>` -> a@b: SES may report the recipient as written in the header. */
function extractAddress(value: string): string {
  const angle = /<([^<>]+)>/.exec(value);
  return (angle?.[1] ?? value).trim().toLowerCase();
}

export function createFeedbackHandler(deps: { s3: S3Client; bucket: string; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  const list = new SuppressionList(deps.s3, deps.bucket);
  return async function handle(event: SNSEvent): Promise<{ suppressed: number }> {
    let suppressed = 0;
    for (const record of event.Records ?? []) {
      let message: SesEventMessage;
      try {
        message = JSON.parse(record.Sns.Message) as SesEventMessage;
      } catch {
        logger.warn('ignored SNS message that is not JSON', { messageId: record.Sns.MessageId });
        continue;
      }
      for (const s of suppressionsFromSesEvent(message)) {
        await list.add(s.address, { reason: s.reason, at: now().toISOString(), detail: s.detail });
        logger.info('suppressed recipient', { to: maskAddress(s.address), reason: s.reason, detail: s.detail });
        suppressed++;
      }
    }
    return { suppressed };
  };
}

let lambdaHandler: ReturnType<typeof createFeedbackHandler> | undefined;

export async function handler(event: SNSEvent): Promise<{ suppressed: number }> {
  const bucket = process.env.BUCKET;
  if (!bucket) throw new Error('feedback function misconfigured: BUCKET is not set');
  lambdaHandler ??= createFeedbackHandler({ s3: makeS3Client(), bucket });
  return lambdaHandler(event);
}
