/**
 * Independent reports. A wire story republished by three outlets is ONE report carried by three outlets: it
 * corroborates nothing three times. Copy detection (stories/copies.ts) maps each copy to its original; this module
 * turns that map into the figures the digest shows: which report an article belongs to, which outlets count, and
 * how many independent outlets carry a statement.
 */

/** Longest copy chain followed (a copy of a copy); bounds the walk so a cyclic map cannot hang. */
const MAX_CHAIN = 8;

export interface Reports {
  /** The original article an article's report starts from (itself when it is not a copy within the story). */
  reportOf(articleId: string): string;
  /** The original an article copies, or null when it is an independent report. */
  copyOf(articleId: string): string | null;
  /** The outlet an article counts as: the outlet of its report's original. */
  outletOf(articleId: string): string;
  /** Independent outlets among some articles: copies count as their original, an outlet's several reports once. */
  independentOutlets(articleIds: readonly string[]): string[];
}

/**
 * Reports of ONE story. `copies` may be the whole day's copy map; a copy whose original is not in the story counts
 * as a report of its own here (the story must not lean on an article it does not hold).
 */
export function storyReports(
  articles: ReadonlyArray<{ id: string; source: string }>,
  copies: ReadonlyMap<string, string> = new Map(),
): Reports {
  const sourceOf = new Map(articles.map((a) => [a.id, a.source] as const));
  const root = new Map<string, string>();
  for (const a of articles) {
    let original = a.id;
    for (let i = 0; i < MAX_CHAIN; i++) {
      const next = copies.get(original);
      if (next === undefined || next === original || !sourceOf.has(next)) break;
      original = next;
    }
    root.set(a.id, original);
  }
  const reportOf = (id: string): string => root.get(id) ?? id;
  const outletOf = (id: string): string => sourceOf.get(reportOf(id)) ?? sourceOf.get(id) ?? id;
  return {
    reportOf,
    copyOf: (id) => {
      const next = copies.get(id);
      return next !== undefined && next !== id && sourceOf.has(next) ? next : null;
    },
    outletOf,
    independentOutlets: (ids) => [...new Set(ids.map(outletOf))],
  };
}
