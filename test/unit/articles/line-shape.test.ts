import { describe, expect, it } from 'vitest';
import { hasEmail, hasLetterKey, hasLowercaseWord, isSentenceLike, letterKey, wordCount, words } from '../../../lambdas/pipeline/articles/line-shape.js';

/** What an e-mail address is made of, as the pattern hasEmail replaced (backtracking): the oracle. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

// The definitions the fast scans must agree with: split on whitespace, keep tokens with a letter or digit,
// count a token of Han/kana characters as those characters divided by two.
function referenceCount(line: string): number {
  let n = 0;
  for (const w of words(line)) {
    const unspaced = w.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
    n += unspaced === 0 ? 1 : Math.max(1, Math.round(unspaced / 2));
  }
  return n;
}
const referenceLowercase = (line: string): boolean => words(line).some((w) => /^["'“‘(「『]?(?:\p{Ll}|\p{Lo})/u.test(w));

describe('line shape', () => {
  it('counts words separated by any Unicode space, ignoring tokens without letters or digits', () => {
    expect(wordCount('One two - three')).toBe(3);
    expect(wordCount('one\u00A0two\u3000three\u2028four\uFEFFfive')).toBe(5);
    expect(wordCount('  -- … ')).toBe(0);
    expect(wordCount('')).toBe(0);
  });

  it('counts Chinese and Japanese clauses by characters, astral ideographs as one character each', () => {
    expect(wordCount('日本語の文章です')).toBe(4);
    expect(wordCount('𠀀𠀁𠀂𠀃 ok')).toBe(3);
    // Radicals are Han script but not letters: alone they make no word.
    expect(wordCount('⺀⺁ word')).toBe(1);
  });

  it('agrees with the split-based definitions on mixed-script text', () => {
    const pool = ['a', 'Z', '7', ' ', '\t', '\u00A0', '\u2003', '\u3000', '日', 'か', 'カ', '々', '⺀', 'ع', 'é', '𝐀', '𠀀', '\uD800', '"', '“', '(', '「', '.', '-', 'ß'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let k = 0; k < 3000; k++) {
      let line = '';
      for (let i = next() % 16; i > 0; i--) line += pool[next() % pool.length];
      expect(wordCount(line), JSON.stringify(line)).toBe(referenceCount(line));
      expect(hasLowercaseWord(line), JSON.stringify(line)).toBe(referenceLowercase(line));
    }
  });

  it('gives the same answer when asked again about the same line', () => {
    const line = 'The council approved the budget on Tuesday after a long debate.';
    expect(isSentenceLike(line)).toBe(true);
    expect(isSentenceLike(line)).toBe(true);
    expect(wordCount(line)).toBe(11);
    expect(wordCount(line)).toBe(11);
  });
});

describe('hasLetterKey', () => {
  // It must say exactly what comparing letterKey(line) with the key says, on ASCII lines (compared in place) and on
  // lines with other characters (compared by building the key), including keys that are a prefix or an extension.
  const lines = [
    '', ' ', '--', 'A', 'Hello, World!', 'hello world', 'Hello  World', '"Hello" - world...', 'Hello World 2024',
    "don't stop", 'dont stop', 'İstanbul talks', 'ÉCOLE Ouverte', 'Σοφία ΟΔΟΣ', 'x İ y', 'abc déf', '12-34', 'a1b2 c3',
  ];
  const keys = ['', 'hello world', 'helloxworld', 'hello', 'hello world 2024', 'don t stop', 'dont stop', 'i̇stanbul talks', 'école ouverte', 'a', '12 34', 'a1b2 c3', ' hello'];
  it('agrees with comparing letter keys', () => {
    for (const line of lines) {
      for (const key of [...keys, letterKey(line), `${letterKey(line)} x`, letterKey(line).slice(0, -1)]) {
        expect(hasLetterKey(line, key), JSON.stringify([line, key])).toBe(letterKey(line) === key);
      }
    }
  });
  it('tells a repeated title from a paragraph that only starts like it', () => {
    expect(hasLetterKey('Mayor Quits | The Courier', letterKey('Mayor quits: the courier'))).toBe(true);
    expect(hasLetterKey('Mayor quits after the vote.', letterKey('Mayor quits'))).toBe(false);
  });
});

describe('hasEmail', () => {
  it('finds what the EMAIL pattern finds', () => {
    const cases = ['write to news@harbour-times.example', 'a@b.co', 'a@b.c', '@news.example', 'x.@y..zz', 'name@sub.domain.org today', 'é@ü.de', 'no address here', 'a@b-c.d1.ef', 'mail a@.com'];
    for (const c of cases) expect(hasEmail(c), c).toBe(EMAIL.test(c));
    // And on many short random strings over the characters that matter.
    const alphabet = ['a', 'B', '1', '.', '-', '_', '@', ' ', 'é', '+', ','];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      for (let i = 1 + Math.floor(next() * 14); i > 0; i--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(hasEmail(s), s).toBe(EMAIL.test(s));
    }
  });

  it('reads a long run of address characters once (the pattern backtracked through it for seconds)', () => {
    expect(hasEmail(`${'a.'.repeat(200_000)}@x`)).toBe(false);
    expect(hasEmail(`${'a.'.repeat(200_000)}@x.org`)).toBe(true);
  });
});
