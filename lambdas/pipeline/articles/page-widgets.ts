/**
 * Two kinds of page furniture that boilerplate.ts's rules name: a weather widget or strip, and a site's notices
 * (accessibility links, the consent banner). Both are the first lines of many pasted pages, where a headline is
 * looked for, so each must be known for what it is.
 */
import { isSentenceLike } from './line-shape.js';

const TEMPERATURE = /(?:^|\s)[-+−]?\d{1,3}(?:[.,]\d)?\s?°\s?[FC]?(?=\s|$|[,.;])|(?:^|\s)[-+−]?\d{1,3}(?:[.,]\d)?\s?[FC](?=\s|$|[,.;])/;

/** An accessibility link: "Skip to main content", "Jump to navigation". */
const SKIP_LINK = /^(?:skip|jump)\s(?:to\s)?(?:the\s)?(?:main\s)?(?:content|navigation|article|search|footer|menu)\b/i;
/** A consent banner names cookies and asks something of the reader. */
const COOKIES = /\bcookies?\b/i;
const COOKIE_ACTION = /\b(?:accept|consent|agree|allow|reject|decline|manage|settings|preferences|policy|we use|uses)\b/i;
const SITE_SPEAKS = /\b(?:we use|this (?:site|website)|our (?:site|website|partners))\b/i;

/**
 * "66.5 F", "18°C Partly cloudy": a weather widget, on a short line only, so a sentence that mentions a temperature
 * survives; a strip of several towns' readings ("Sant Orel 31°C sunny · Verdal 34°C hot") is one however long.
 */
export function isWeatherLine(line: string, words: number): boolean {
  return !isSentenceLike(line) && (words <= 6 ? TEMPERATURE.test(line) : temperatureCount(line) >= 2);
}

/**
 * "Skip to main content", "We use cookies to improve your experience. Accept all". A line on cookies below the first
 * prose (`top` false) is a banner only when the site speaks ("we use", "this site"): a report on cookie rules keeps
 * its sentences.
 */
export function isSiteNotice(line: string, words: number, top: boolean): boolean {
  if (words > 40) return false;
  return SKIP_LINK.test(line.trim()) || (COOKIES.test(line) && COOKIE_ACTION.test(line) && (top || SITE_SPEAKS.test(line)));
}

/** How many temperature readings a line holds (at most a few are looked for). */
function temperatureCount(line: string): number {
  let n = 0;
  for (let rest = line; n < 3; n++) {
    const m = TEMPERATURE.exec(rest);
    if (!m) break;
    rest = rest.slice(m.index + Math.max(1, m[0].length));
  }
  return n;
}
