/**
 * Shape tests on one line of text. Boilerplate and headlines are told apart from prose by their
 * shape (length, punctuation, capitalisation), never by the words of any particular site.
 */

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
// A space may stand before the closing quote in badly converted text ("it was over. "").
// CJK corner brackets and full-width parentheses close quotations in Chinese and Japanese text.
const CLOSERS = `"'”’»)\\]\`´」』）】`;
// Sentence ends of other scripts count too: the ideographic full stop 。 (and its half-width form),
// full-width ！ ？, the Arabic question mark ؟, the Urdu full stop ۔ and the Devanagari danda ।.
const TERMINAL = new RegExp(`[.!?…。｡！？؟۔।](?:\\s?[${CLOSERS}])*$`);
const FULL_STOP_END = new RegExp(`(?:[.…。｡۔।]|\\.\\.\\.)(?:\\s?[${CLOSERS}])*$`);
const OPENING_QUOTE = /^["'“‘«„「『]/;

/** Han and kana: scripts written without spaces between words (Korean Hangul is written with them). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Average characters per word in Chinese and Japanese text, for counting words where no space separates them. */
const CHARS_PER_UNSPACED_WORD = 2;

/** True when the line has Chinese or Japanese characters, whose words are short and unspaced. */
export function hasUnspacedScript(line: string): boolean {
  return HAS_UNSPACED.test(line);
}

export function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * Words in a line. A token of Chinese or Japanese is a whole clause with no spaces in it, so it counts as
 * its ideographs and kana divided by the usual word length: otherwise every CJK paragraph is "one word",
 * too short to be prose, and a whole article in those scripts would be dropped as boilerplate.
 */
export function wordCount(line: string): number {
  if (!HAS_UNSPACED.test(line)) return words(line).length;
  let n = 0;
  for (const w of words(line)) {
    const unspaced = w.match(UNSPACED)?.length ?? 0;
    n += unspaced === 0 ? 1 : Math.max(1, Math.round(unspaced / CHARS_PER_UNSPACED_WORD));
  }
  return n;
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

/**
 * A word starting in lower case: prose has them, Title Case and ALL CAPS labels do not. Scripts without
 * case (Arabic, Hebrew, CJK, Thai, ...) give no such signal, so a word in one of them counts as prose-like;
 * otherwise no sentence in those languages would ever pass.
 */
export function hasLowercaseWord(line: string): boolean {
  return words(line).some((w) => /^["'“‘(「『]?(?:\p{Ll}|\p{Lo})/u.test(w));
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
