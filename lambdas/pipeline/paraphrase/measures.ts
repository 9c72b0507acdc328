/** Ratios of counts that several pair features share. */

/** Jaccard index from the intersection and the two set sizes (0 for two empty sets). */
export const jaccardOf = (inter: number, a: number, b: number): number => {
  const union = a + b - inter;
  return union === 0 ? 0 : inter / union;
};

/** Dice coefficient from the intersection and the two set sizes (0 for two empty sets). */
export const diceOf = (inter: number, a: number, b: number): number => {
  const total = a + b;
  return total === 0 ? 0 : (2 * inter) / total;
};

/** Harmonic mean of two one-way scores (0 when both are 0). */
export const harmonic = (x: number, y: number): number => (x + y === 0 ? 0 : (2 * x * y) / (x + y));
