/**
 * Calendar days in a named time zone. The schedule fires in the operator's zone (say 07:00 Europe/Berlin), and
 * "yesterday" must be yesterday there, not in UTC: at 00:30 Berlin time UTC is still on the day before.
 */

/** True when the runtime's ICU knows the IANA zone name (e.g. "Europe/Berlin"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) of an instant, as seen in a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps us independent of that locale detail anyway.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The day before `date` (YYYY-MM-DD), by calendar: no clock, no zone, so DST changes cannot shift it. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Yesterday in `timeZone`, seen from `instant`: the day a morning digest covers. */
export function previousDayIn(instant: Date, timeZone: string): string {
  return dayBefore(dateIn(instant, timeZone));
}

/** YYYY-MM-DD naming a real calendar day (rejects 2024-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
