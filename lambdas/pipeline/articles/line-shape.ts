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

// Sticky probes for one character at a given index, so the scan below allocates nothing.
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;
const UNSPACED_AT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/uy;

/** The characters `\s` matches (all in the BMP), by code unit: the separators of `words`. */
function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Word count of one whitespace-free token (the CJK rule of wordCount), 0 when it holds no letter or digit. */
function tokenWords(hasWordChar: boolean, unspaced: number): number {
  if (!hasWordChar) return 0;
  return unspaced === 0 ? 1 : Math.max(1, Math.round(unspaced / CHARS_PER_UNSPACED_WORD));
}

/**
 * Words in a line. A token of Chinese or Japanese is a whole clause with no spaces in it, so it counts as
 * its ideographs and kana divided by the usual word length: otherwise every CJK paragraph is "one word",
 * too short to be prose, and a whole article in those scripts would be dropped as boilerplate.
 *
 * Same count as `words(line)` with that rule applied, but one pass over the characters without splitting:
 * the boilerplate rules ask for it many times per line, and splitting every paragraph each time was the
 * largest cost of reading an article. Not remembered: a cache saved little (64,000 counts on the bench's
 * 1,000-article day, 50,000 of them repeats, each one pass over a line; the read phase's CPU did not move measurably
 * without it).
 */
export function wordCount(line: string): number {
  let n = 0;
  let hasWordChar = false;
  let unspaced = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        n += tokenWords(hasWordChar, unspaced);
        hasWordChar = false;
        unspaced = 0;
      } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
        hasWordChar = true;
      }
      continue;
    }
    if (isSpaceUnit(c)) {
      n += tokenWords(hasWordChar, unspaced);
      hasWordChar = false;
      unspaced = 0;
      continue;
    }
    WORD_CHAR_AT.lastIndex = i;
    if (WORD_CHAR_AT.test(line)) hasWordChar = true;
    UNSPACED_AT.lastIndex = i;
    if (UNSPACED_AT.test(line)) unspaced++;
    // A surrogate pair is one character: the probes above read it whole.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const low = line.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  return n + tokenWords(hasWordChar, unspaced);
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
  return LOWERCASE_WORD_START.test(line);
}
// A word's start is the line's start or a character after whitespace; a token opening this way holds a letter,
// so it is a word: one search instead of splitting the line into words.
const LOWERCASE_WORD_START = /(?:^|\s)["'“‘(「『]?[\p{Ll}\p{Lo}]/u;

/**
 * Reads like prose: a line ending in sentence punctuation with a few words in it, or a line so long
 * it can only be a paragraph that lost its final mark.
 */
export function isSentenceLike(line: string): boolean {
  const n = wordCount(line);
  return n >= 25 || (n >= 3 && endsWithTerminal(line) && hasLowercaseWord(line));
}

/** Lines this short without sentence punctuation are labels, not prose. */
export const LABEL_MAX_WORDS = 12;

/** Letters and digits only, lower-cased: for comparing lines regardless of punctuation. */
export function letterKey(line: string): string {
  // The runs of letters and digits of the lower-cased line, joined by single spaces, found in one pass:
  // a Unicode-aware replace over every line of every article was a measurable share of reading one.
  const lower = line.toLowerCase();
  let key = '';
  let runStart = -1;
  let i = 0;
  while (i < lower.length) {
    const c = lower.charCodeAt(i);
    let width = 1;
    let wordChar: boolean;
    if (c < 0x80) {
      wordChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
    } else {
      WORD_CHAR_AT.lastIndex = i;
      wordChar = WORD_CHAR_AT.test(lower);
      if (wordChar) width = WORD_CHAR_AT.lastIndex - i;
    }
    if (wordChar) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      key = key === '' ? lower.slice(runStart, i) : `${key} ${lower.slice(runStart, i)}`;
      runStart = -1;
    }
    i += width;
  }
  if (runStart >= 0) key = key === '' ? lower.slice(runStart) : `${key} ${lower.slice(runStart)}`;
  return key;
}

/**
 * letterKey(line) === key, without building the line's key when an ASCII prefix already tells them apart: the
 * cleaner compares every paragraph with the title's key, and nearly all differ within a few characters. Lower-casing
 * an ASCII character depends on nothing around it, so that prefix is compared character by character; at the first
 * other character the whole key is built as before.
 */
export function hasLetterKey(line: string, key: string): boolean {
  let k = 0;
  let inRun = false;
  for (let i = 0; i < line.length; i++) {
    let c = line.charCodeAt(i);
    if (c >= 0x80) return letterKey(line) === key;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      // A run that starts after an earlier one is preceded by one space in the key.
      if (!inRun && k > 0 && key.charCodeAt(k++) !== 0x20) return false;
      if (key.charCodeAt(k++) !== c) return false;
      inRun = true;
    } else {
      inRun = false;
    }
  }
  return k === key.length;
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const LABEL_CHAR = /[\p{L}\p{N}-]/u;
const LETTER_CHAR = /\p{L}/u;

/**
 * True when the text holds an e-mail address: what /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u
 * finds (its test keeps that pattern as the oracle), in one pass. The pattern, unanchored, restarts
 * at every character of a long run of address characters and backtracks through its domain part (one 100,000-
 * character line took 10 s); here each @ reads the one character before it and the labels after it, which end at
 * the next @, so every character is read a bounded number of times.
 */
export function hasEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !LOCAL_CHAR.test(text[at - 1] as string)) continue;
    // Labels of address characters joined by single dots, then a dot and two letters.
    let i = at + 1;
    let labelLength = 0;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '.') {
        if (labelLength === 0) break;
        if (LETTER_CHAR.test(text[i + 1] ?? '') && LETTER_CHAR.test(text[i + 2] ?? '')) return true;
        labelLength = 0;
      } else if (LABEL_CHAR.test(c)) labelLength++;
      else break;
      i++;
    }
  }
  return false;
}

/**
 * First paragraph of prose: a punctuated sentence that is not a short question/exclamation
 * (which may still be a headline), or a line long enough to be nothing else.
 */
export function startsBody(line: string): boolean {
  if (wordCount(line) >= 25) return true;
  return isSentenceLike(line) && (endsWithFullStop(line) || wordCount(line) > 15);
}
