/** Sparse term vectors (term -> weight) and their cosine, for the small per-story comparisons (titles, continuing). */
export type TermVector = Map<string, number>;

/**
 * Dot product of two sparse vectors held as Maps (any key): the smaller one is walked, the larger looked up. The sum
 * runs in the smaller map's order.
 */
export function mapDot<K>(x: ReadonlyMap<K, number>, y: ReadonlyMap<K, number>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let s = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) s += v * w;
  }
  return s;
}

export function cosine(a: TermVector, b: TermVector): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y !== undefined) d += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? d / Math.sqrt(na * nb) : 0;
}
