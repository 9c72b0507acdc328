/**
 * A quotation as the statement stages compare it: the quoted words as printed, and each quoted passage normalised
 * (words(): case folded, quote marks, punctuation and ellipses dropped, curly and straight apostrophes alike), so
 * “Not a suggestion…” and "not a suggestion" are the same words. Built once per unit or wording and compared many
 * times; the containment rule over it is containment.ts.
 */
import { contentStems, normalisedWords, STOP_WORDS, stem, words } from '../text/tokens.js';

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

/** One quoted passage as stems: all its stems in order, and its content stems (stop words dropped). */
export interface QuotedPassage {
  stems: string[];
  content: string[];
}

/** A statement's quoted passages as stems: what the tolerant containment (quotedNearlyIn) compares. */
export interface QuotedStems {
  /** The passages with a content word (a passage of function words only proves nothing). */
  passages: QuotedPassage[];
  /** Every quoted stem, and every pair of neighbouring stems within a passage. */
  stems: Set<string>;
  bigrams: Set<string>;
  /** Quoted words and content words, over all passages. */
  words: number;
  contentWords: number;
}

/** The stems of some quoted passages (as printed). */
export function quotedStemsOf(passages: readonly string[]): QuotedStems {
  const out: QuotedStems = { passages: [], stems: new Set(), bigrams: new Set(), words: 0, contentWords: 0 };
  for (const passage of passages) {
    const tokens = words(passage);
    const st = tokens.map(stem);
    const content = st.filter((_, i) => !STOP_WORDS.has(tokens[i]!));
    out.words += tokens.length;
    out.contentWords += content.length;
    for (const s of st) out.stems.add(s);
    for (let i = 0; i + 1 < st.length; i++) out.bigrams.add(`${st[i]} ${st[i + 1]}`);
    if (content.length > 0) out.passages.push({ stems: st, content });
  }
  return out;
}
