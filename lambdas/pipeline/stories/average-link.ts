/**
 * Agglomerative average-link clustering over a sparse candidate graph. With unit vectors the average cosine
 * between every article of cluster A and every article of cluster B is exactly sum(A)·sum(B) / (|A|·|B|), so each
 * cluster keeps only the sum of its vectors and the true average link is computed without visiting member pairs.
 * Average link (unlike single link) does not chain two similar events together through one article that
 * mentions both. Only clusters joined by a candidate edge are ever compared, which keeps the cost near-linear.
 */
import type { Edge } from './candidates.js';
import type { SparseVector } from './vectors.js';

interface Cluster {
  sum: Map<number, number>;
  size: number;
  /** Bumped on every merge, so queued similarities computed before it are recognised as stale. */
  version: number;
  alive: boolean;
  neighbours: Set<number>;
  members: number[];
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

function sumDot(x: Map<number, number>, y: Map<number, number>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let s = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) s += v * w;
  }
  return s;
}

function averageLink(x: Cluster, y: Cluster): number {
  return sumDot(x.sum, y.sum) / (x.size * y.size);
}

/**
 * Clusters n items, merging the two clusters of highest average link while it is at least `threshold`.
 * Returns the member lists (item indices ascending), ordered by their first member.
 */
export function averageLinkClusters(
  vectors: readonly SparseVector[],
  edges: readonly Edge[],
  threshold: number,
): number[][] {
  const clusters: Cluster[] = vectors.map((v, i) => {
    const sum = new Map<number, number>();
    v.ids.forEach((id, k) => sum.set(id, v.weights[k] as number));
    return { sum, size: 1, version: 0, alive: true, neighbours: new Set<number>(), members: [i] };
  });
  const queue = new MergeQueue();
  for (const e of edges) {
    (clusters[e.a] as Cluster).neighbours.add(e.b);
    (clusters[e.b] as Cluster).neighbours.add(e.a);
    if (e.similarity >= threshold) queue.push({ similarity: e.similarity, a: e.a, b: e.b, versionA: 0, versionB: 0 });
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
    for (const [k, v] of gone.sum) keep.sum.set(k, (keep.sum.get(k) ?? 0) + v);
    keep.size += gone.size;
    for (const m of gone.members) keep.members.push(m);
    keep.version++;
    gone.alive = false;
    gone.sum.clear();
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
      const similarity = averageLink(keep, other);
      if (similarity < threshold) continue;
      const [a, b] = keepId < nb ? [keepId, nb] : [nb, keepId];
      queue.push({ similarity, a, b, versionA: (clusters[a] as Cluster).version, versionB: (clusters[b] as Cluster).version });
    }
  }

  const out: number[][] = [];
  for (const c of clusters) if (c.alive) out.push([...c.members].sort((x, y) => x - y));
  out.sort((x, y) => (x[0] as number) - (y[0] as number));
  return out;
}
