/**
 * B-cubed precision, recall and F1 of a clustering against gold labels: for each item, precision = share of its
 * predicted cluster with its gold label, recall = share of its gold cluster inside its predicted cluster; averaged
 * over items. The one scorer of story clustering: the eval (ECB+, UCI) and the bench (generated days, the peer).
 */

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * `only` restricts the items scored (ECB+ train or dev topics). A gold item no predicted cluster holds is ignored by
 * default (the eval scores what was clustered); with `missing: 'alone'` it counts as a cluster of its own, so an
 * item lost on the way (a skipped article) costs recall. Predicted ids without a gold label are ignored.
 */
export function bcubed(
  predicted: readonly (readonly string[])[],
  gold: ReadonlyMap<string, string>,
  only?: ReadonlySet<string>,
  missing: 'ignored' | 'alone' = 'ignored',
): BCubed {
  const scored = (id: string): boolean => gold.has(id) && (!only || only.has(id));
  const groups = missing === 'alone' ? withLoneItems(predicted, [...gold.keys()].filter(scored)) : predicted;
  const goldSize = new Map<string, number>();
  for (const [id, g] of gold) if (!only || only.has(id)) goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const group of groups) {
    const members = group.filter(scored);
    const byGold = new Map<string, number>();
    for (const id of members) {
      const g = gold.get(id) as string;
      byGold.set(g, (byGold.get(g) ?? 0) + 1);
    }
    for (const id of members) {
      const g = gold.get(id) as string;
      const same = byGold.get(g) as number;
      p += same / members.length;
      r += same / (goldSize.get(g) as number);
      n++;
    }
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The groups, each item in its first group only, then every item of `items` no group holds as a group of one. */
function withLoneItems(groups: readonly (readonly string[])[], items: readonly string[]): string[][] {
  const placed = new Set<string>();
  const out = groups.map((g) => {
    const fresh: string[] = [];
    for (const id of g) {
      if (placed.has(id)) continue;
      placed.add(id);
      fresh.push(id);
    }
    return fresh;
  });
  for (const id of items) if (!placed.has(id)) out.push([id]);
  return out;
}
