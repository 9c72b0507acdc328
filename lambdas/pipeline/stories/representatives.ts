/**
 * One vector per group of articles (versions of one report): the normalised sum of its members' unit vectors, so
 * the group is compared as one report, whatever the number of its reprints. A group of one is its member's vector.
 */
import { unitVector, type SparseVector } from './vectors.js';

export function centroid(members: readonly (SparseVector | undefined)[]): SparseVector {
  const present = members.filter((v): v is SparseVector => v !== undefined);
  if (present.length === 1) return present[0] as SparseVector;
  const sum = new Map<number, number>();
  for (const v of present) for (let i = 0; i < v.ids.length; i++) sum.set(v.ids[i] as number, (sum.get(v.ids[i] as number) ?? 0) + (v.weights[i] as number));
  return unitVector([...sum]);
}

/** The centroid of each group's members' vectors, in the groups' order. */
export function groupCentroids(groups: readonly (readonly number[])[], vectors: readonly (SparseVector | undefined)[]): SparseVector[] {
  return groups.map((g) => centroid(g.map((i) => vectors[i])));
}
