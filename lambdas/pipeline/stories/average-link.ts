/**
 * Agglomerative average-link clustering over a sparse candidate graph. With unit vectors the average cosine
 * between every article of cluster A and every article of cluster B is exactly sum(A)·sum(B) / (|A|·|B|), so each
 * cluster keeps only the sum of its vectors and the true average link is computed without visiting member pairs.
 * Average link (unlike single link) does not chain two similar events together through one article that
 * mentions both. Only clusters joined by a candidate edge are ever compared, which keeps the cost near-linear.
 * Optional discriminating channels (date signatures) lower the score of a merge whose two sides clash; each is
 * also kept as a per-cluster sum, so the check costs a few map lookups, not a visit of member pairs.
 */
import type { Edge } from './candidates.js';
import { ScatteredSum, sumDot, TermSum } from './term-sum.js';
import type { SparseVector } from './vectors.js';
import { mapDot } from '../text/term-vector.js';

interface Cluster {
  sum: TermSum;
  size: number;
  /** Bumped on every merge, so queued similarities computed before it are recognised as stale. */
  version: number;
  alive: boolean;
  neighbours: Set<number>;
  members: number[];
  /** Per discriminator channel: the sum of the members' vectors (empty when no member has one). */
  channels: Map<number, number>[];
  /** Per channel: members with a non-empty vector. */
  voiced: number[];
}

interface QueueEntry {
  similarity: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/** Max-heap on similarity; ties broken by cluster ids so the merge order is deterministic. */
class MergeQueue {
  private readonly heap: QueueEntry[] = [];
  get size(): number {
    return this.heap.length;
  }
  private before(x: QueueEntry, y: QueueEntry): boolean {
    if (x.similarity !== y.similarity) return x.similarity > y.similarity;
    if (x.a !== y.a) return x.a < y.a;
    return x.b < y.b;
  }
  push(e: QueueEntry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i] as QueueEntry, h[p] as QueueEntry)) break;
      [h[i], h[p]] = [h[p] as QueueEntry, h[i] as QueueEntry];
      i = p;
    }
  }
  pop(): QueueEntry | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l] as QueueEntry, h[m] as QueueEntry)) m = l;
        if (r < h.length && this.before(h[r] as QueueEntry, h[m] as QueueEntry)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as QueueEntry, h[i] as QueueEntry];
        i = m;
      }
    }
    return top;
  }
}

function norm(x: Map<number, number>): number {
  let s = 0;
  for (const v of x.values()) s += v * v;
  return Math.sqrt(s);
}

function addInto(target: Map<number, number>, source: Map<number, number>): void {
  for (const [k, v] of source) target.set(k, (target.get(k) ?? 0) + v);
}

function toMap(v: SparseVector): Map<number, number> {
  const m = new Map<number, number>();
  v.ids.forEach((id, k) => m.set(id, v.weights[k] as number));
  return m;
}

/**
 * A channel that must agree for a merge (a kind of date signature): per-item unit vectors and what a clash costs.
 * The clash is 1 - cosine of the two clusters' summed vectors, so it compares what each cluster says as a whole:
 * one follow-up naming the next day does not outvote ten reports naming the event's day. A silent side (no member
 * with a vector) never clashes.
 */
export interface Discriminator {
  vectors: readonly SparseVector[];
  /** Subtracted from the average cosine at a full clash between two fully trusted clusters. */
  penalty: number;
}

export interface DiscriminatorOptions {
  channels: readonly Discriminator[];
  /**
   * Voiced members at which a cluster's channel is half trusted: the clash is scaled by m / (m + halfTrust), m the
   * smaller side's voiced members. One article's weekday is weak evidence (a follow-up names the next day); a
   * consensus of several is strong.
   */
  halfTrust: number;
}

/** The merge score of x and y given sum(x) · sum(y). */
function mergeScore(x: Cluster, y: Cluster, sumsDot: number, o: DiscriminatorOptions | undefined): number {
  let score = sumsDot / (x.size * y.size);
  if (!o) return score;
  o.channels.forEach((c, k) => {
    const m = Math.min(x.voiced[k] as number, y.voiced[k] as number);
    if (m === 0 || c.penalty === 0) return;
    const cx = x.channels[k] as Map<number, number>;
    const cy = y.channels[k] as Map<number, number>;
    const nx = norm(cx);
    const ny = norm(cy);
    const agreement = nx > 0 && ny > 0 ? mapDot(cx, cy) / (nx * ny) : 1;
    score -= c.penalty * (1 - agreement) * (m / (m + o.halfTrust));
  });
  return score;
}

/**
 * Clusters n items, merging the two clusters of highest average link while it is at least `threshold`.
 * Returns the member lists (item indices ascending), ordered by their first member.
 */
export function averageLinkClusters(
  vectors: readonly SparseVector[],
  edges: readonly Edge[],
  threshold: number,
  discriminators?: DiscriminatorOptions,
): number[][] {
  const active = discriminators?.channels.some((c) => c.penalty > 0) ? discriminators : undefined;
  const clusters: Cluster[] = vectors.map((v, i) => {
    const channels = (active?.channels ?? []).map((c) => (c.vectors[i] ? toMap(c.vectors[i] as SparseVector) : new Map<number, number>()));
    const voiced = channels.map((m) => (m.size > 0 ? 1 : 0));
    return { sum: new TermSum(v), size: 1, version: 0, alive: true, neighbours: new Set<number>(), members: [i], channels, voiced };
  });
  let termCount = 0;
  for (const v of vectors) if (v.ids.length > 0) termCount = Math.max(termCount, (v.ids[v.ids.length - 1] as number) + 1);
  const scattered = new ScatteredSum(termCount);
  const queue = new MergeQueue();
  for (const e of edges) {
    (clusters[e.a] as Cluster).neighbours.add(e.b);
    (clusters[e.b] as Cluster).neighbours.add(e.a);
    const ca = clusters[e.a] as Cluster;
    const cb = clusters[e.b] as Cluster;
    const similarity = mergeScore(ca, cb, sumDot(ca.sum, cb.sum), active);
    if (similarity >= threshold) queue.push({ similarity, a: e.a, b: e.b, versionA: 0, versionB: 0 });
  }

  while (queue.size > 0) {
    const top = queue.pop() as QueueEntry;
    const ca = clusters[top.a] as Cluster;
    const cb = clusters[top.b] as Cluster;
    if (!ca.alive || !cb.alive || ca.version !== top.versionA || cb.version !== top.versionB) continue;
    // Merge the smaller cluster into the larger: each item's terms are moved O(log n) times in all.
    const [keepId, goneId] = ca.size >= cb.size ? [top.a, top.b] : [top.b, top.a];
    const keep = clusters[keepId] as Cluster;
    const gone = clusters[goneId] as Cluster;
    scattered.load(keep.sum);
    scattered.add(gone.sum);
    gone.channels.forEach((m, k) => {
      addInto(keep.channels[k] as Map<number, number>, m);
      keep.voiced[k] = (keep.voiced[k] as number) + (gone.voiced[k] as number);
      m.clear();
    });
    keep.size += gone.size;
    for (const m of gone.members) keep.members.push(m);
    keep.version++;
    gone.alive = false;
    gone.sum.clear();
    // keep's sum stays scattered while it is scored against each of its neighbours.
    for (const nb of gone.neighbours) {
      if (nb === keepId) continue;
      const other = clusters[nb] as Cluster;
      other.neighbours.delete(goneId);
      other.neighbours.add(keepId);
      keep.neighbours.add(nb);
    }
    keep.neighbours.delete(goneId);
    gone.neighbours.clear();
    for (const nb of keep.neighbours) {
      const other = clusters[nb] as Cluster;
      const similarity = mergeScore(keep, other, scattered.dot(other.sum), active);
      if (similarity < threshold) continue;
      const [a, b] = keepId < nb ? [keepId, nb] : [nb, keepId];
      queue.push({ similarity, a, b, versionA: (clusters[a] as Cluster).version, versionB: (clusters[b] as Cluster).version });
    }
    scattered.unload();
  }

  const out: number[][] = [];
  for (const c of clusters) if (c.alive) out.push([...c.members].sort((x, y) => x - y));
  out.sort((x, y) => (x[0] as number) - (y[0] as number));
  return out;
}
