/**
 * Shape tests on one line of text. Boilerplate and headlines are told apart from prose by their
 * shape (length, punctuation, capitalisation), never by the words of any particular site.
 */

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
// A space may stand before the closing quote in badly converted text ("it was over. "").
const CLOSERS = `"'”’»)\\]\`´`;
const TERMINAL = new RegExp(`[.!?…](?:\\s?[${CLOSERS}])*$`);
const FULL_STOP_END = new RegExp(`(?:[.…]|\\.\\.\\.)(?:\\s?[${CLOSERS}])*$`);
const OPENING_QUOTE = /^["'“‘«„]/;

export function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function wordCount(line: string): number {
  return words(line).length;
}

/** Ends with . ! ? or … (possibly followed by closing quotes or brackets). */
export function endsWithTerminal(line: string): boolean {
  return TERMINAL.test(line);
}

/** Ends with a full stop or ellipsis, the mark that separates prose from headlines. */
export function endsWithFullStop(line: string): boolean {
  return FULL_STOP_END.test(line);
}

export function startsWithQuote(line: string): boolean {
  return OPENING_QUOTE.test(line);
}

export function hasLowercaseWord(line: string): boolean {
  return words(line).some((w) => /^["'“‘(]?\p{Ll}/u.test(w));
}

/**
 * Reads like prose: a line ending in sentence punctuation with a few words in it, or a line so long
 * it can only be a paragraph that lost its final mark.
 */
export function isSentenceLike(line: string): boolean {
  const n = wordCount(line);
  if (n >= 25) return true;
  return n >= 3 && endsWithTerminal(line) && hasLowercaseWord(line);
}

/** Lines this short without sentence punctuation are labels, not prose. */
export const LABEL_MAX_WORDS = 12;

/** Letters and digits only, lower-cased: for comparing lines regardless of punctuation. */
export function letterKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
