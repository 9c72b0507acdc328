/** Event validation and the time-zone arithmetic behind "yesterday". */
import { describe, expect, it } from 'vitest';
import { parseEvent, InvalidEventError } from '../../lambdas/digest/events.js';
import { configFromEnv, type DigestConfig } from '../../lambdas/digest/config.js';
import { dateIn, dayBefore, isCalendarDate, previousDayIn } from '../../lambdas/shared/time.js';

const config: DigestConfig = configFromEnv({
  BUCKET: 'bkt',
  SENDER: 'digest@example.com',
  RECIPIENTS: 'a@example.com,b@example.com',
  TIME_ZONE: 'America/New_York',
  UNSUBSCRIBE_URL: 'https://u.example/',
});
const NOW = new Date('2024-07-04T03:00:00Z'); // 23:00 on 3 July in New York

describe('previous day in a time zone', () => {
  it('uses the calendar of the zone, not UTC', () => {
    expect(dateIn(NOW, 'America/New_York')).toBe('2024-07-03');
    expect(previousDayIn(NOW, 'America/New_York')).toBe('2024-07-02');
    expect(previousDayIn(NOW, 'UTC')).toBe('2024-07-03');
    expect(previousDayIn(new Date('2024-03-09T23:30:00Z'), 'Europe/Berlin')).toBe('2024-03-09');
  });

  it('is unaffected by daylight-saving changes and month/year ends', () => {
    // 07:00 local on the mornings after the European clock changes.
    expect(previousDayIn(new Date('2024-03-31T05:00:00Z'), 'Europe/Berlin')).toBe('2024-03-30');
    expect(previousDayIn(new Date('2024-10-27T06:00:00Z'), 'Europe/Berlin')).toBe('2024-10-26');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-2-1')).toBe(false);
  });
});

describe('parseEvent', () => {
  it('scheduled: the day before the scheduled time, all recipients, never dry run or forced', () => {
    expect(parseEvent({ source: 'news-digest.scheduler', scheduledTime: '2024-07-04T11:00:00Z' }, config, NOW)).toEqual({
      trigger: 'schedule', date: '2024-07-03', prefix: 'articles/2024-07-03/', dryRun: false, force: false, recipients: ['a@example.com', 'b@example.com'],
    });
  });

  it('manual: defaults to yesterday (in the zone) for everyone', () => {
    expect(parseEvent({}, config, NOW)).toMatchObject({ trigger: 'manual', date: '2024-07-02', prefix: 'articles/2024-07-02/', dryRun: false });
  });

  it('manual: recipients are a subset of the configured list, case-insensitively', () => {
    expect(parseEvent({ recipients: ['B@Example.com'], date: '2024-01-01', force: true }, config, NOW)).toMatchObject({ recipients: ['b@example.com'], force: true, date: '2024-01-01' });
    expect(() => parseEvent({ recipients: ['c@example.com'] }, config, NOW)).toThrow(InvalidEventError);
    expect(() => parseEvent({ recipients: [] }, config, NOW)).toThrow(/at least one/);
  });

  it('manual: a prefix reads part of the date\'s own folder, never another day or the whole history', () => {
    expect(parseEvent({ date: '2024-07-01', prefix: 'articles/2024-07-01/wire/' }, config, NOW)).toMatchObject({ date: '2024-07-01', prefix: 'articles/2024-07-01/wire/' });
    expect(() => parseEvent({ date: '2024-07-01', prefix: 'articles/' }, config, NOW)).toThrow(/inside the folder of the date digested/);
    expect(() => parseEvent({ date: '2024-07-01', prefix: 'articles/2024-06-30/' }, config, NOW)).toThrow(/inside the folder of the date digested/);
    // Without a date the day is yesterday's, and so is the folder.
    expect(() => parseEvent({ prefix: 'articles/2024-07-01/' }, config, NOW)).toThrow(/"articles\/2024-07-02\/"/);
  });

  it.each([[null], [[]], [42], [{ source: 'aws.events' }], [{ date: 20240101 }], [{ prefix: 'articles/x' }]])('rejects %j', (event) => {
    expect(() => parseEvent(event, config, NOW)).toThrow(InvalidEventError);
  });
});

describe('configFromEnv', () => {
  it('names the missing or bad variables', () => {
    expect(() => configFromEnv({ BUCKET: 'bkt', TIME_ZONE: 'Nowhere/X' })).toThrow(/SENDER[\s\S]*RECIPIENTS|RECIPIENTS[\s\S]*SENDER/);
    expect(() => configFromEnv({ BUCKET: 'bkt', TIME_ZONE: 'Nowhere/X' })).toThrow(/TIME_ZONE: unknown time zone/);
  });
});
