/**
 * How a day's clustering compares with the stories the generator wrote (bench/generator/truth.ts): B-cubed
 * precision, recall and F1 over the articles the truth knows, plus the sizes of the stories found. The same code
 * scores the digest and the peer (bench/peer.py), against the same truth.
 */
import { bcubed as scoreBcubed, type BCubed } from '../eval/bcubed.js';

export type { BCubed };

export interface ClusterCheck {
  /** Against the generator's stories; null for a day without a truth file. */
  bcubed: BCubed | null;
  largestStory: number;
  /** Stories found with 1, 2-5, 6-20, 21-100 and more than 100 articles. */
  sizes: Record<'1' | '2-5' | '6-20' | '21-100' | '>100', number>;
}

/**
 * B-cubed of `groups` (article ids per cluster found) against `truth` (article id -> true story). Every article
 * of the truth counts: one that no group holds (skipped, dropped) is a cluster of its own, so losing an article
 * costs recall. Ids the truth does not know are ignored. Null when the truth is empty.
 */
export function bcubed(groups: readonly (readonly string[])[], truth: ReadonlyMap<string, string>): BCubed | null {
  return truth.size === 0 ? null : scoreBcubed(groups, truth, undefined, 'alone');
}

/** The clustering of a digest (its stories' article ids) against the truth, with the sizes of the stories found. */
export function checkClusters(groups: readonly (readonly string[])[], truth: ReadonlyMap<string, string> | null): ClusterCheck {
  const sizes: ClusterCheck['sizes'] = { '1': 0, '2-5': 0, '6-20': 0, '21-100': 0, '>100': 0 };
  for (const g of groups) {
    const n = g.length;
    sizes[n === 1 ? '1' : n <= 5 ? '2-5' : n <= 20 ? '6-20' : n <= 100 ? '21-100' : '>100']++;
  }
  return { bcubed: truth ? bcubed(groups, truth) : null, largestStory: groups.reduce((m, g) => Math.max(m, g.length), 0), sizes };
}
