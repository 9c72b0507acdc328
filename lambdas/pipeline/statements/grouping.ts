/**
 * Growing groups of units from matching pairs without chaining (A~B, B~C, but A≁C): union-find over the matching
 * candidate pairs, best pairs first, with two guards: two groups never join when they hold the same article (an
 * article states a statement once; a second, different sentence of it is another statement) unless the pair is
 * the same sentence printed twice (a standfirst repeating the lead with a word changed: one statement, said twice),
 * and two groups join only when at least half of the compared cross pairs (a bounded sample of each side) match.
 */
export interface MatchEdge {
  a: number;
  b: number;
  /** The two are the same sentence (match.ts isSameSentence): one article printing both repeats itself. */
  repeat?: boolean;
}

/**
 * Groups of items (each a list of item indices, ascending) from `edges`, taken in the order given (best first);
 * `articlesOf(i)` are the articles item i carries (a representative carries every article printing its text);
 * `matches(x, y)` decides a cross pair; `sample` members of each side are compared before two groups join.
 */
export function groupUnits(
  count: number,
  articlesOf: (i: number) => Iterable<string>,
  edges: readonly MatchEdge[],
  matches: (x: number, y: number) => boolean,
  sample: number,
): number[][] {
  // Union-find over items, each root keeping its member list.
  const parent = Array.from({ length: count }, (_, i) => i);
  const members = parent.map((i) => [i]);
  // Articles of each root's group, kept with the group: testing "one unit per article" must not rebuild a set of
  // the whole group per candidate edge (quadratic in a large story's largest group).
  const articleSets = parent.map((i) => new Set(articlesOf(i)));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const { a, b, repeat } of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members[ra]!;
    const mb = members[rb]!;
    const articlesA = articleSets[ra]!;
    if (!repeat && overlaps(articleSets[rb]!, articlesA)) continue;
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

  const groups: number[][] = [];
  for (let i = 0; i < count; i++) if (find(i) === i) groups.push(members[i]!);
  return groups;
}

/** Whether two sets share an element (the smaller one is walked). */
function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
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

