/** Sparse term vectors (term -> weight) and their cosine, for the small per-story comparisons (titles, continuing). */
export type TermVector = Map<string, number>;

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
