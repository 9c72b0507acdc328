/**
 * A quotation as the statement stages compare it: the quoted words as printed, and each quoted passage normalised
 * (words(): case folded, quote marks, punctuation and ellipses dropped, curly and straight apostrophes alike), so
 * “Not a suggestion…” and "not a suggestion" are the same words. Built once per unit or wording and compared many
 * times; the containment rule over it is containment.ts.
 */
import { contentStems, normalisedWords } from '../text/tokens.js';

export class Quotation {
  /** The normalised quotation padded with a space at both ends, so ` passage ` finds whole words only. */
  readonly hay: string;
  /** Each quoted passage normalised, empty ones dropped. */
  readonly parts: readonly string[];
  /** Words in all passages together. */
  readonly partWords: number;
  private stems: number | undefined;

  /**
   * `quote`: the whole quotation as printed (passages joined); `fragments`: each quoted passage as printed. No
   * passages means the quotation itself is the one passage.
   */
  constructor(readonly quote: string, private readonly fragments: readonly string[]) {
    this.hay = ` ${normalisedWords(quote)} `;
    this.parts = (fragments.length ? fragments : [quote]).map(normalisedWords).filter((p) => p.length > 0);
    this.partWords = this.parts.reduce((n, p) => n + p.split(' ').length, 0);
  }

  /** Content stems of the passages as printed (counted on first use: most comparisons never ask). */
  get partContentStems(): number {
    return (this.stems ??= contentStems((this.fragments.length ? this.fragments : [this.quote]).join(' ')).length);
  }
}
