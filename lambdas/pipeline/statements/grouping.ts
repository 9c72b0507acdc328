/**
 * Growing groups of units from matching pairs without chaining (A~B, B~C, but A≁C): union-find over the matching
 * candidate pairs, best pairs first, with two guards: a group holds at most one unit per article, and two groups
 * join only when at least half of the compared cross pairs (a bounded sample of each side) match.
 */
import type { StatementUnit } from './units.js';

export interface MatchEdge {
  a: number;
  b: number;
}

/**
 * Groups of units (each a list of units in index order) from `edges`, taken in the order given (best first);
 * `matches(x, y)` decides a cross pair; `sample` members of each side are compared before two groups join.
 */
export function groupUnits(
  units: readonly StatementUnit[],
  edges: readonly MatchEdge[],
  matches: (x: number, y: number) => boolean,
  sample: number,
): StatementUnit[][] {
  // Union-find over units, each root keeping its member list.
  const parent = units.map((_, i) => i);
  const members = units.map((_, i) => [i]);
  // Articles of each root's group, kept with the group: testing "one unit per article" must not rebuild a set of
  // the whole group per candidate edge (quadratic in a large story's largest group).
  const articleSets = units.map((u) => new Set([u.article]));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const { a, b } of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members[ra]!;
    const mb = members[rb]!;
    const articlesA = articleSets[ra]!;
    if (mb.some((i) => articlesA.has(units[i]!.article))) continue;
    if (ma.length > 1 || mb.length > 1) {
      let ok = 0;
      let n = 0;
      for (const x of ma.slice(0, sample)) for (const y of mb.slice(0, sample)) {
        n++;
        if (matches(x, y)) ok++;
      }
      if (ok * 2 < n) continue;
    }
    const [root, child] = ma.length >= mb.length ? [ra, rb] : [rb, ra];
    parent[child] = root;
    members[root] = mergeSorted(members[root]!, members[child]!);
    members[child] = [];
    for (const art of articleSets[child]!) articleSets[root]!.add(art);
    articleSets[child]!.clear();
  }

  const clusters: StatementUnit[][] = [];
  units.forEach((_, i) => {
    if (find(i) !== i) return;
    clusters.push(members[i]!.map((k) => units[k]!));
  });
  return clusters;
}

/** Two ascending index lists as one ascending list (what sorting their concatenation gives, in linear time). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

