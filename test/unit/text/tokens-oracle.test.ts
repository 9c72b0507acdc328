import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { contentStems, STOP_WORDS, stem, words } from '../../../lambdas/pipeline/text/tokens.js';
// A deterministic PRNG (mulberry32), so a failure reproduces.
import { prng } from '../../hostile/cases.js';

// The regex tokenizer and uncached stemming that tokens.ts replaced: the definition the fast versions must match.
const ORACLE_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
function oracleWords(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  return (lower.match(ORACLE_WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}
function oracleStem(word: string): string {
  return /^[a-z]+$/.test(word) ? stemmer(word) : word;
}
function oracleContentStems(text: string): string[] {
  return oracleWords(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(oracleStem);
}


// Pieces chosen to hit every branch: joiners at edges and doubled, surrogate pairs that are and are not letters,
// lone surrogates of both halves, characters whose case or NFKC form changes length, digits of other scripts.
const PIECES = [
  'the', 'Running', 'runs', 'don', 't', 'U', 'S', 'covid', '19', '3', '5', 'naïve', 'Café', 'ÉCOLE', 'Straße',
  'İstanbul', 'ﬁnance', 'Ⅻ', '²', '½', 'ª', 'µ', '東京', '日本語', 'ｶﾀｶﾅ', 'ＡＢＣ', '١٢٣', 'مرحبا', 'Привет', 'Ωμέγα',
  'e\u0301', '\u0301', '😀', '👍🏽', '🇫🇷', '𠀀', '𝐀𝐁', '𐐀', '\ud800', '\udc00', '\udbff', '\ud83d', 'x\ud800y',
  "'", '’', '‘', '.', '-', '–', '—', ',', ' ', ' ', '  ', '\n', '\t', '"', '(', ')', '/', '_', '#', '@', '$', '%',
  "it's", 'it’s', "won't", 'can’t', 'e.g.', 'a-b-c', '--', "''", '..', '’’', 'é-', '-é', '😀-a', 'a-😀', '𠀀-𠀀',
  'a’𠀀', '1.000', '4,5', 'ﬀ', 'ß', 'Ǆ', 'ǅ', 'K', 'Å',
];

function randomText(rand: () => number, maxPieces: number): string {
  const n = Math.floor(rand() * maxPieces);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (rand() < 0.15) s += String.fromCharCode(Math.floor(rand() * 0x10000));
    else if (rand() < 0.03) s += String.fromCodePoint(0x10000 + Math.floor(rand() * 0x30000));
    else s += PIECES[Math.floor(rand() * PIECES.length)]!;
  }
  return s;
}

describe('words, stem and contentStems against the regex oracle', () => {
  it('give the same tokens on random mixed-script text, short (cached) and long (uncached)', () => {
    const rand = prng(20261120);
    const seen: string[] = [];
    const got: string[] = [];
    const want: string[] = [];
    for (let i = 0; i < 6000; i++) {
      // Sometimes repeat an earlier text, so the cached answers are checked too.
      const text = seen.length > 0 && rand() < 0.2 ? seen[Math.floor(rand() * seen.length)]! : randomText(rand, i % 10 === 0 ? 400 : 30);
      seen.push(text);
      const expected = oracleWords(text);
      got.push(JSON.stringify([words(text), contentStems(text), expected.map(stem)]));
      want.push(JSON.stringify([expected, oracleContentStems(text), expected.map(oracleStem)]));
    }
    expect(got.join('\n')).toBe(want.join('\n'));
  });

  it('agree on every single BMP code unit, alone and between letters and joiners', () => {
    // Compared as one string per block: 262,144 separate expect() calls would make the test slow.
    for (let block = 0; block < 0x10000; block += 0x1000) {
      const got: string[] = [];
      const want: string[] = [];
      for (let c = block; c < block + 0x1000; c++) {
        const ch = String.fromCharCode(c);
        for (const text of [ch, `a${ch}b`, `a-${ch}`, `${ch}'x`]) {
          got.push(JSON.stringify(words(text)));
          want.push(JSON.stringify(oracleWords(text)));
        }
      }
      expect(got.join('\n')).toBe(want.join('\n'));
    }
  });

  it('agree on edge cases written out', () => {
    const cases = [
      '', ' ', "It's the U.S. economy—stupid", 'covid-19 cases rose 3.5% in 2026', 'l’été de São Paulo',
      "rock 'n' roll", 'a--b', 'a.-b', 'end.', '.start', '😀😀', 'x😀y', '𠀀𠀁-𠀂', '\ud800\ud800\udc00', '\udc00\ud800',
      'ﬁnancial ﬂows', 'İİİ', 'ΣΑΣ', 'Ⅻ century', '東京都の人口', 'z\u0301z',
    ];
    for (const text of cases) {
      expect(words(text)).toEqual(oracleWords(text));
      expect(contentStems(text)).toEqual(oracleContentStems(text));
    }
  });

  it('stems only plain a-z words and leaves others as they are', () => {
    for (const w of ['running', 'caresses', 'ponies', 'café', 'don\'t', 'covid-19', '2026', 'Running', '', 'a']) {
      expect(stem(w)).toBe(oracleStem(w));
    }
  });

  it('hands each caller its own array, so changing one cannot change a later answer', () => {
    const text = 'Ministers said the running costs were rising';
    const first = words(text);
    first.push('mutated');
    first[0] = 'x';
    expect(words(text)).toEqual(oracleWords(text));
    const stems = contentStems(text);
    stems.length = 0;
    expect(contentStems(text)).toEqual(oracleContentStems(text));
  });
});
