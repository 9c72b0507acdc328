/**
 * A token as printed: its text, its lower-cased form, whether it is a word, a number or punctuation, and its
 * character offsets in the sentence. figures/figure-tokens.ts cuts sentences into them; figures' quantities and
 * the claimant reader (attribution/claimant.ts) read them, which is why the type lives here, below both.
 */

export type PrintedTokenKind = 'word' | 'num' | 'punct';

export interface PrintedToken {
  /** As printed. */
  text: string;
  lower: string;
  kind: PrintedTokenKind;
  /** Character offsets into the sentence, end exclusive. */
  start: number;
  end: number;
  /** True when whitespace (or the sentence start) separates this token from the previous one. */
  spaceBefore: boolean;
}

/** Capitalised word (not all lower case), e.g. "Korean", "U.S.", "NATO". */
export function isCapitalised(tok: PrintedToken | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && /^\p{Lu}/u.test(tok.text);
}
