/**
 * Calendar words: the names of days and months as articles print them, lower-cased. Several stages read them: a
 * weekday is never a speaker or a claimant, a month before a number makes it a date rather than a figure, a story
 * title drops a dateline, publication dates are parsed from them. One list each, here; every stage that needs a
 * variant (abbreviations, with or without "may") builds it from these.
 */

/** Weekdays, Monday first (the order dates.ts counts in). */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Months, January first: index = month number - 1. */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Three-letter abbreviations of the weekdays ("mon" ... "sun"), in WEEKDAY_NAMES order. */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = WEEKDAY_NAMES.map((d) => d.slice(0, 3));

/**
 * Abbreviations of the months as news pages print them ("jan", "sept"), each with its month index. "may" is its own
 * name, so it is not listed again.
 */
export const MONTH_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['jan', 0], ['feb', 1], ['mar', 2], ['apr', 3], ['jun', 5], ['jul', 6], ['aug', 7], ['sep', 8], ['sept', 8], ['oct', 9],
  ['nov', 10], ['dec', 11],
];

/**
 * Weekday abbreviations as pages print them in datelines and timestamps ("Tues", "Thurs"), beyond the three-letter
 * forms.
 */
export const WEEKDAY_PRINTED_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/** Relative day words ("today", "yesterday", ...): a time, never a name. */
export const RELATIVE_DAYS: readonly string[] = ['today', 'yesterday', 'tomorrow', 'tonight'];

/** Parts of the day ("morning", ...). */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];

/**
 * The days a report dates a statement by ("Ortiz on Thursday said", "the ministry said today"): the weekdays and the
 * relative days but 'tomorrow' (nothing has been said tomorrow). Attribution and figures' claimants read past them
 * between a subject and its verb.
 */
export const DAYS_OF_A_STATEMENT: readonly string[] = [...WEEKDAY_NAMES, ...RELATIVE_DAYS.filter((d) => d !== 'tomorrow')];
