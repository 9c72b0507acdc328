/**
 * Are two statements the same statement in other words? FIRST VERSION (placeholder, to be replaced by the
 * similarity owner): Jaccard of content stems. This is the one decision both merging and `digest compare` use.
 */
import { contentStems } from '../text/tokens.js';

export interface Comparison {
  duplicate: boolean;
  /** Similarity in [0, 1]; higher is more alike. */
  score: number;
}

export function compareStatements(s1: string, s2: string): Comparison {
  const a = new Set(contentStems(s1));
  const b = new Set(contentStems(s2));
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const union = a.size + b.size - inter;
  const score = union === 0 ? 0 : inter / union;
  return { duplicate: score >= 0.5, score };
}
