/**
 * Headline detection for text without metadata. A pasted page usually starts with the headline,
 * possibly under masthead furniture (weather, place, date). It reads like a headline: a single
 * line of a few words, capitalised, without a closing full stop.
 */
import { endsWithFullStop, hasEmail, hasUnspacedScript, wordCount } from './line-shape.js';

export const HEADLINE_MIN_WORDS = 4;
export const HEADLINE_MAX_WORDS = 30;
const HEADLINE_MIN_CHARS = 15;
const HEADLINE_MAX_CHARS = 250;

/** True when the line has the shape of a headline (the caller has ruled out boilerplate). */
export function isHeadlineShaped(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n < HEADLINE_MIN_WORDS || n > HEADLINE_MAX_WORDS) return false;
  // Chinese and Japanese headlines are short in characters (a word is one or two of them).
  if ((t.length < HEADLINE_MIN_CHARS && !hasUnspacedScript(t)) || t.length > HEADLINE_MAX_CHARS) return false;
  // A full stop closes prose; headlines end bare, or in ? / ! / a quote. Dangling , ; : mean a
  // fragment or a lead-in.
  if (endsWithFullStop(t) || /[,;:–—-]$/.test(t)) return false;
  // A question or exclamation headline stays short; a long one is a paragraph.
  if (/[?!]["”’)]*$/.test(t) && n > 15) return false;
  // Title Case or sentence case: the first letter (after any opening quote) is a capital or digit, or a
  // letter of a script without case (Arabic, Hebrew, CJK, ...).
  if (!/^["'“‘«(「『]*[\p{Lu}\p{Lo}\p{N}]/u.test(t)) return false;
  if (hasEmail(t) || /https?:\/\/|www\./i.test(t)) return false;
  // Segments set apart by a middle dot or a bullet ("Tuesday 3 March · 12°C", "High water 06:12 · Wind W 5") are a
  // strip of page furniture (date, weather, tides, a ticker, a menu): headlines do not use them. Pipes are not
  // counted: a browser tab's title strings the headline, the section and the outlet on them ("Headline | News |
  // The Gazette"), and a menu on pipes is boilerplate already.
  if (/\s[·•]\s/u.test(t)) return false;
  return true;
}
