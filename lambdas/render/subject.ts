/**
 * The subject line and the preheader (the preview line mail clients show after the subject).
 * Both are single lines: control characters and line breaks are removed before anything is capped,
 * because the subject becomes a mail header and the headline comes from untrusted article text.
 */
import type { Digest } from '../pipeline/model.js';
import { cleanLine, countOf, formatDate, truncate } from './format.js';

/** Long enough for a real headline plus the count; short enough that clients show most of it. */
export const SUBJECT_MAX = 120;
/** Clients show roughly 90 characters of preview text before cutting it off. */
export const PREHEADER_MAX = 90;

/** "Top story headline + 4 more stories", or a dated fallback when the day has no story. */
export function subjectFor(digest: Digest): string {
  const [top, ...rest] = digest.stories;
  const headline = cleanLine(top?.title);
  if (!top || !headline) {
    const day = formatDate(digest.date);
    return truncate(top ? `News digest for ${day}` : `News digest for ${day}: no stories today`, SUBJECT_MAX);
  }
  if (rest.length === 0) return truncate(headline, SUBJECT_MAX);
  const suffix = ` + ${countOf(rest.length, 'more story', 'more stories')}`;
  return truncate(headline, SUBJECT_MAX - suffix.length) + suffix;
}

/** About 90 characters that sum up the day: how much was read and which other stories follow the top one. */
export function preheaderFor(digest: Digest): string {
  const { stats } = digest;
  const base = `${countOf(stats.stories, 'story', 'stories')} from ${countOf(stats.outlets, 'outlet')}`;
  const others = digest.stories
    .slice(1)
    .map((s) => cleanLine(s.title))
    .filter((t) => t !== '');
  const text =
    others.length > 0
      ? `${base}. Also: ${others.join('; ')}`
      : `${base}, ${countOf(stats.articles, 'article')} read, ${countOf(stats.statementsMerged, 'statement')} merged`;
  return truncate(text, PREHEADER_MAX);
}
