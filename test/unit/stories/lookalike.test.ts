import { describe, expect, it } from 'vitest';
import { averageLinkClusters } from '../../../lambdas/pipeline/stories/average-link.js';
import { clusterStories, clusterStoriesDetailed } from '../../../lambdas/pipeline/stories/cluster.js';
import type { SparseVector } from '../../../lambdas/pipeline/stories/vectors.js';
import { ARREST_BRELL, ARREST_KERRIGAN, BRELL_FOLLOW_UP } from './lookalike-fixtures.js';

const asPartition = (groups: string[][]) => groups.map((g) => [...g].sort().join('|')).sort();
const ids = (xs: { id: string }[]) => xs.map((a) => a.id);
const NO_DATES = { weekdayPenalty: 0, monthPenalty: 0, yearPenalty: 0 };

describe('look-alike events told apart by their dates', () => {
  const day = [ARREST_BRELL[0]!, ARREST_KERRIGAN[0]!, ARREST_BRELL[1]!, ARREST_KERRIGAN[1]!, BRELL_FOLLOW_UP, ARREST_BRELL[2]!, ARREST_KERRIGAN[2]!];

  it('keeps two arrests of the same kind at the same club apart (other player, other day, other year)', () => {
    expect(asPartition(clusterStories(day))).toEqual(asPartition([[...ids(ARREST_BRELL), BRELL_FOLLOW_UP.id], ids(ARREST_KERRIGAN)]));
  });

  it('owes that to the date channel: on words alone the two arrests merge', () => {
    // Pins what the gain rests on: the vocabulary overlap is above the merge threshold.
    expect(clusterStoriesDetailed(day, NO_DATES).groups).toHaveLength(1);
  });

  it('keeps a follow-up that names another day with its event', () => {
    const groups = clusterStories(day);
    const withFollowUp = groups.find((g) => g.includes(BRELL_FOLLOW_UP.id))!;
    expect([...withFollowUp].sort()).toEqual([...ids(ARREST_BRELL), BRELL_FOLLOW_UP.id].sort());
  });

  it('does not depend on input order', () => {
    expect(asPartition(clusterStories([...day].reverse()))).toEqual(asPartition(clusterStories(day)));
  });
});

describe('averageLinkClusters with a discriminating channel', () => {
  const unit = (pairs: [number, number][]): SparseVector => {
    const n = Math.sqrt(pairs.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return { ids: Int32Array.from(pairs.map(([i]) => i)), weights: Float64Array.from(pairs.map(([, w]) => w / n)) };
  };
  // Four items, all equally similar in words (cosine 0.5 between any two).
  const words = [unit([[0, 1], [1, 1]]), unit([[0, 1], [2, 1]]), unit([[0, 1], [3, 1]]), unit([[0, 1], [4, 1]])];
  const edges = [
    { a: 0, b: 1, similarity: 0.5 }, { a: 0, b: 2, similarity: 0.5 }, { a: 0, b: 3, similarity: 0.5 },
    { a: 1, b: 2, similarity: 0.5 }, { a: 1, b: 3, similarity: 0.5 }, { a: 2, b: 3, similarity: 0.5 },
  ];

  it('splits by the channel when both sides speak and clash', () => {
    const days = [unit([[10, 1]]), unit([[10, 1]]), unit([[11, 1]]), unit([[11, 1]])];
    const groups = averageLinkClusters(words, edges, 0.4, { channels: [{ vectors: days, penalty: 0.6 }], halfTrust: 1 });
    expect(groups).toEqual([[0, 1], [2, 3]]);
  });

  it('never lets a silent item clash', () => {
    const days = [unit([[10, 1]]), unit([[10, 1]]), unit([]), unit([])];
    const groups = averageLinkClusters(words, edges, 0.4, { channels: [{ vectors: days, penalty: 0.6 }], halfTrust: 1 });
    expect(groups).toEqual([[0, 1, 2, 3]]);
  });

  it('trusts one dated item less than a consensus of several', () => {
    const days = [unit([[10, 1]]), unit([[11, 1]]), unit([]), unit([])];
    // halfTrust 1: a lone date against a lone other date costs half the penalty (0.25), leaving 0.25 < 0.3 ...
    expect(averageLinkClusters(words.slice(0, 2), edges.slice(0, 1), 0.3, { channels: [{ vectors: days, penalty: 0.5 }], halfTrust: 1 })).toEqual([[0], [1]]);
    // ... while with halfTrust 9 it costs a tenth (0.05), leaving 0.45: the pair merges.
    expect(averageLinkClusters(words.slice(0, 2), edges.slice(0, 1), 0.3, { channels: [{ vectors: days, penalty: 0.5 }], halfTrust: 9 })).toEqual([[0, 1]]);
  });
});
