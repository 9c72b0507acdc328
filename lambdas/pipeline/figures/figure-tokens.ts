/**
 * A tokenizer for finding quantities in one sentence. Unlike text/tokens.ts it keeps case, punctuation and
 * character offsets: "3,000-strong", "U.S.", "$2.5bn", "10:30" and "Article 4" are told apart by exactly the
 * things a bag of lower-cased words throws away (the glued hyphen, the capital, the colon).
 */

export type FigureTokenKind = 'word' | 'num' | 'punct';

export interface FigureToken {
  /** As printed. */
  text: string;
  lower: string;
  kind: FigureTokenKind;
  /** Character offsets into the sentence, end exclusive. */
  start: number;
  end: number;
  /** True when whitespace (or the sentence start) separates this token from the previous one. */
  spaceBefore: boolean;
}

// Order matters: abbreviations with dots ("U.S.") before plain words; grouped numbers before plain digits.
// Thousands may be grouped with commas ("3,000") or with a space/thin space/no-break space ("12 000"), in which
// case the first group has 1-3 digits and every later group exactly 3 ("2014 300" stays two numbers).
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`,
    String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])`,
    String.raw`\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]?\d)`,
    String.raw`\d+(?:\.\d+)?`,
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/** Tokens of one sentence, with offsets. */
export function figureTokens(sentence: string): FigureToken[] {
  const out: FigureToken[] = [];
  let lastEnd = 0;
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    const kind: FigureTokenKind = /^\d/.test(text) ? 'num' : /^\p{L}/u.test(text) ? 'word' : 'punct';
    out.push({
      text,
      lower: text.toLowerCase().replace(/’/g, "'"),
      kind,
      start,
      end: start + text.length,
      spaceBefore: start === 0 || start > lastEnd,
    });
    lastEnd = start + text.length;
  }
  return out;
}

/** Numeric value of a digit token: "3,000" -> 3000, "12 000" -> 12000, "1.5" -> 1.5. */
export function digitValue(text: string): number {
  return Number(text.replace(/[,\s\u00a0\u202f\u2009]/g, ''));
}

/** Capitalised word (not all lower case), e.g. "Korean", "U.S.", "NATO". */
export function isCapitalised(tok: FigureToken | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && /^\p{Lu}/u.test(tok.text);
}
