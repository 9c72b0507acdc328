/**
 * One vector per group of articles (versions of one report): the normalised sum of its members' unit vectors, so
 * the group is compared as one report, whatever the number of its reprints. A group of one is its member's vector.
 */
import type { SparseVector } from './vectors.js';

export function centroid(members: readonly (SparseVector | undefined)[]): SparseVector {
  const present = members.filter((v): v is SparseVector => v !== undefined);
  if (present.length === 1) return present[0] as SparseVector;
  const sum = new Map<number, number>();
  for (const v of present) for (let i = 0; i < v.ids.length; i++) sum.set(v.ids[i] as number, (sum.get(v.ids[i] as number) ?? 0) + (v.weights[i] as number));
  const ids = Int32Array.from([...sum.keys()].sort((a, b) => a - b));
  const weights = Float64Array.from(ids, (id) => sum.get(id) as number);
  let norm = 0;
  for (const x of weights) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
  return { ids, weights };
}

/** The centroid of each group's members' vectors, in the groups' order. */
export function groupCentroids(groups: readonly (readonly number[])[], vectors: readonly (SparseVector | undefined)[]): SparseVector[] {
  return groups.map((g) => centroid(g.map((i) => vectors[i])));
}
