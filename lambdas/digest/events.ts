/**
 * The two kinds of event the digest function accepts, validated before anything is read or sent:
 * - the schedule's `{ source: "news-digest.scheduler", scheduledTime }` (EventBridge Scheduler fills in the
 *   time), which digests the previous day in the configured time zone;
 * - a manual `{ date?, prefix?, dryRun?, recipients?, force? }` from `aws lambda invoke`; a `prefix` reads part of
 *   the date's folder (`articles/2026-11-21/wire/`), never another day's or the whole history.
 * Anything else is refused with a message that says what is wrong. Manual recipients must be configured
 * recipients: whoever can invoke the function must not be able to mail arbitrary addresses with it.
 */
// The namespace import, as zod 4 recommends: esbuild can then drop what is unused (a named `{ z }` import keeps
// all of zod, its 40 locales included, about 350 KB of the bundle).
import * as z from 'zod';
import type { DigestConfig } from './config.js';
import { isCalendarDate, previousDayIn } from '../shared/time.js';

export const SCHEDULER_SOURCE = 'news-digest.scheduler';

export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/** What one invocation does, once the event is understood. */
export interface DigestJob {
  trigger: 'schedule' | 'manual';
  date: string;
  /** The S3 prefix read: `${articlesPrefix}${date}/` unless a manual event names another. */
  prefix: string;
  dryRun: boolean;
  force: boolean;
  recipients: string[];
}

const scheduledEvent = z.strictObject({
  source: z.literal(SCHEDULER_SOURCE),
  scheduledTime: z.iso.datetime({ offset: true }),
});

const manualEvent = z.strictObject({
  date: z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD').optional(),
  prefix: z
    .string()
    .max(512)
    .regex(/^[^\\]*\/$/, 'must end with "/"')
    .refine((p) => !p.split('/').includes('..'), 'must not contain ".."')
    .optional(),
  dryRun: z.boolean().optional(),
  recipients: z.array(z.string().trim().toLowerCase()).min(1, 'must name at least one recipient when given').max(500).optional(),
  force: z.boolean().optional(),
});

function describe(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `"${i.path.join('.')}": ${i.message}` : i.message))
    .join('; ');
}

export function parseEvent(raw: unknown, config: DigestConfig, now: Date): DigestJob {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InvalidEventError('event must be a JSON object: {} or {"date":"YYYY-MM-DD","dryRun":true,...}');
  }
  if ('source' in raw) {
    const parsed = scheduledEvent.safeParse(raw);
    if (!parsed.success) throw new InvalidEventError(`invalid scheduled event: ${describe(parsed.error)}`);
    // The scheduled time, not "now": a retry delivered after midnight still digests the intended day.
    const date = previousDayIn(new Date(parsed.data.scheduledTime), config.timeZone);
    return { trigger: 'schedule', date, prefix: `${config.articlesPrefix}${date}/`, dryRun: false, force: false, recipients: config.recipients };
  }

  const parsed = manualEvent.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidEventError(
      `invalid manual event: ${describe(parsed.error)} (accepted keys: date, prefix, dryRun, recipients, force)`,
    );
  }
  const event = parsed.data;
  const date = event.date ?? previousDayIn(now, config.timeZone);
  const dayFolder = `${config.articlesPrefix}${date}/`;
  const prefix = event.prefix ?? dayFolder;
  if (!prefix.startsWith(config.articlesPrefix)) {
    throw new InvalidEventError(`invalid manual event: "prefix" must be under the articles prefix "${config.articlesPrefix}"`);
  }
  // Inside the date's own folder: a prefix over the whole history, or another day's folder, would be digested,
  // archived and (with force) mailed under this date, and this date's view link would then serve it.
  if (!prefix.startsWith(dayFolder)) {
    throw new InvalidEventError(`invalid manual event: "prefix" must lie inside the folder of the date digested, "${dayFolder}" (give "date" to digest another day)`);
  }
  let recipients = config.recipients;
  if (event.recipients) {
    const allowed = new Set(config.recipients);
    const unknown = event.recipients.filter((r) => !allowed.has(r));
    if (unknown.length) {
      throw new InvalidEventError(
        `invalid manual event: "recipients" may only name configured recipients; not configured: ${unknown.join(', ')}`,
      );
    }
    recipients = [...new Set(event.recipients)];
  }
  return { trigger: 'manual', date, prefix, dryRun: event.dryRun ?? false, force: event.force ?? false, recipients };
}
