/**
 * Candidate pairs of units that state the same specific figure: two outlets telling one fact in their own words
 * may share no rare word but the number ("The yard said 340 jobs would go" / "The company has put the number of
 * redundancies at 340"), and match.ts can only decide on pairs that meet. Units are bucketed by what a figure is
 * (kind, unit, measure) and its value; every pair of a bucket meets, except that in a crowded bucket each unit meets
 * only the first `perUnit` others: the work per unit stays bounded however many reports give the figure, and the
 * units of a bucket still all meet its first ones (a union-find over the matches joins them through those).
 */
import type { ReadFigure } from '../figures/figure-match.js';

export function sameFigurePairs(figures: readonly (readonly ReadFigure[])[], perUnit: number): Array<[number, number]> {
  const buckets = new Map<string, number[]>();
  figures.forEach((fs, i) => {
    for (const key of new Set(fs.map((f) => `${f.kind}|${f.unit ?? ''}|${f.measure}|${f.value}`))) {
      const list = buckets.get(key);
      if (list === undefined) buckets.set(key, [i]);
      else list.push(i);
    }
  });
  const out: Array<[number, number]> = [];
  for (const members of buckets.values()) {
    for (let j = 1; j < members.length; j++) {
      for (let i = 0; i < Math.min(j, perUnit); i++) out.push([members[i]!, members[j]!]);
    }
  }
  return out;
}
