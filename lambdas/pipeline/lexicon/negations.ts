/** Words that negate what a sentence says ("did not deny" against "denied"); words in -n't count as well. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'nor', 'none', 'neither', 'nobody', 'nothing', 'cannot']);

/** True for a negating word (lower case): one of NEGATIONS or a contraction in -n't. */
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}
