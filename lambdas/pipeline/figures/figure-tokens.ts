/**
 * A tokenizer for finding quantities in one sentence. Unlike text/tokens.ts it keeps case, punctuation and
 * character offsets: "3,000-strong", "U.S.", "$2.5bn", "10:30" and "Article 4" are told apart by exactly the
 * things a bag of lower-cased words throws away (the glued hyphen, the capital, the colon).
 */

import { isCapitalised, type PrintedToken, type PrintedTokenKind } from '../text/printed-tokens.js';

/** The tokens this tokenizer makes: printed tokens (text/printed-tokens.ts), which the claimant reader shares. */
export type FigureToken = PrintedToken;
export type FigureTokenKind = PrintedTokenKind;
export { isCapitalised };

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

const LETTER_START = /^\p{L}/u;

/** Tokens of one sentence, with offsets. */
export function figureTokens(sentence: string): FigureToken[] {
  const out: FigureToken[] = [];
  let lastEnd = 0;
  const hasCurlyApostrophe = sentence.includes('’');
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    // The kind from the first code unit: ASCII answers without a regex; anything else asks \p{L}.
    const c = text.charCodeAt(0);
    const kind: FigureTokenKind =
      c >= 48 && c <= 57 ? 'num'
        : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 'word'
          : c < 128 ? 'punct'
            : LETTER_START.test(text) ? 'word' : 'punct';
    const lower = text.toLowerCase();
    out.push({
      text,
      lower: hasCurlyApostrophe && lower.includes('’') ? lower.replace(/’/g, "'") : lower,
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
