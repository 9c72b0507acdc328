/**
 * One outlet, one name. The same outlet reaches us under several spellings: "Harbor Times" from a page's
 * og:site_name, "harbor-times" from the folder its text files sit in. Counting those as two outlets would inflate
 * corroboration, so outlets are identified by a key (lower case, runs of anything but letters and digits folded
 * to one dash) and shown under the most readable name the day used for that key.
 */
import type { Article } from './model.js';
import { trimEndOf, trimStartOf } from './text/trim.js';

export function outletKey(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^(the|www)[\s.-]+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  return trimEndOf(trimStartOf(key, '-'), '-');
}

/** A name with spaces or capitals ("Harbor Times") reads better than a slug ("harbor-times"). */
function readability(name: string): number {
  return (/\s/.test(name) ? 2 : 0) + (/\p{Lu}/u.test(name) ? 1 : 0);
}

/**
 * A folder or file name used as the outlet ("daily-ledger") is shown as words ("Daily Ledger"): a reader should
 * not see slugs. Names that already have capitals or spaces are left as the outlet wrote them.
 */
export function displayName(name: string): string {
  if (/\s|\p{Lu}/u.test(name) || !/[-_]/.test(name)) return name;
  return name
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The articles with each outlet under one display name; ids, order and everything else unchanged. */
export function unifyOutlets(articles: readonly Article[]): Article[] {
  const best = new Map<string, string>();
  for (const a of articles) {
    const key = outletKey(a.source) || a.source;
    const current = best.get(key);
    if (current === undefined || readability(a.source) > readability(current) ||
        (readability(a.source) === readability(current) && a.source < current)) {
      best.set(key, a.source);
    }
  }
  return articles.map((a) => {
    const name = displayName(best.get(outletKey(a.source) || a.source) ?? a.source);
    return name === a.source ? a : { ...a, source: name };
  });
}
