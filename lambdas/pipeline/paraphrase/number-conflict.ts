/**
 * Contradicting figures: the figuresConflict feature, and the veto that keeps two statements reporting different
 * figures from merging whatever their wording (compare.ts).
 */
import type { TextProfile } from './profile.js';

/** Two numbers this close are one figure rounded or updated ("33.4" / "34"), not a different figure. */
export const SAME_FIGURE_TOLERANCE = 0.1;

function hasFarNumber(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const xs of a) {
    if (b.has(xs)) continue;
    const x = Number(xs);
    let near = false;
    for (const ys of b) {
      const y = Number(ys);
      if (Math.abs(x - y) <= SAME_FIGURE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) near = true;
    }
    if (!near) return true;
  }
  return false;
}

/**
 * Each text states a figure the other contradicts (1,500 troops vs 12,000 troops): the two report different
 * facts however alike their words, and the digest shows such figures as disputed rather than merging them.
 * A figure present on one side only (an added date) is not a conflict; nor are number words ("the two sides").
 */
export function numbersConflict(a: Pick<TextProfile, 'figures'>, b: Pick<TextProfile, 'figures'>): boolean {
  return hasFarNumber(a.figures, b.figures) && hasFarNumber(b.figures, a.figures);
}
