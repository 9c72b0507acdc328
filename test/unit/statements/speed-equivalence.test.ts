/**
 * The speed work replaced per-call regexes with plain string scans; these checks pin that the fast paths find
 * exactly what the regexes they replaced would find.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeWordIndex } from '../../../lambdas/pipeline/statements/entities.js';
import { quotedSpans, hasOpenQuote } from '../../../lambdas/pipeline/text/quotes.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byRegex = (text: string, word: string): number => {
  const m = new RegExp(`(?<![\\p{L}])${escapeRe(word)}(?![\\p{L}])`, 'u').exec(text);
  return m ? m.index : -1;
};

const PIECES = ['Ortiz', 'ortiz', 'Ortizes', 'MacOrtiz', ' ', ',', '.', '’s', 'é', '😀', '\uD835\uDC00', '-', '“', '”', 'Ré', '1'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(''));

describe('wholeWordIndex', () => {
  it('finds a name only where no letter touches it', () => {
    expect(wholeWordIndex('MacOrtiz met Ortiz.', 'Ortiz')).toBe(13);
    expect(wholeWordIndex('Ortizes only', 'Ortiz')).toBe(-1);
    expect(wholeWordIndex('éOrtiz, Ortiz', 'Ortiz')).toBe(8);
    expect(wholeWordIndex('Ortiz’s plan', 'Ortiz')).toBe(0);
  });

  it('agrees with the Unicode regex it replaced', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('Ortiz', 'Ré', 'é', '1', 'ortiz'), (text, word) => {
        expect(wholeWordIndex(text, word)).toBe(byRegex(text, word));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});

describe('quote scan', () => {
  it('finds quotations in text full of other characters', () => {
    expect(quotedSpans('He said “we will go” and left.').map((s) => s.text)).toEqual(['we will go']);
    expect(quotedSpans('Moscow’s view, don’t go').length).toBe(0);
    expect(hasOpenQuote('She said: “it goes on')).toBe(true);
  });

  it('reads a mark by its neighbours wherever it stands among other characters', () => {
    expect(quotedSpans('a — "b c," d said, \'e f\' g').map((s) => s.text)).toEqual(['b c,', 'e f']);
    expect(quotedSpans('continued here,” he said').map((s) => s.text)).toEqual(['continued here,']);
  });
});
