/**
 * Character 4-grams in three encodings (small int32 keys, wide packed doubles, strings): whichever a text takes,
 * the dot product and the norm must be the ones of the plain definition (count the 4-gram strings of gramTextOf).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charGrams as gramsWith, GramScratch, gramDot, gramTextOf } from '../../../lambdas/pipeline/paraphrase/char-grams.js';

/** One scratch buffer for every text, as a profiler uses it: what one text leaves in it must not reach the next. */
const scratch = new GramScratch();
const charGrams = (text: string) => gramsWith(text, scratch);

function countsOf(text: string): Map<string, number> {
  const norm = gramTextOf(text);
  const m = new Map<string, number>();
  for (let i = 0; i + 4 <= norm.length; i++) m.set(norm.slice(i, i + 4), (m.get(norm.slice(i, i + 4)) ?? 0) + 1);
  return m;
}
const dotOracle = (x: string, y: string): number => {
  const a = countsOf(x);
  const b = countsOf(y);
  let dot = 0;
  for (const [g, c] of a) dot += c * (b.get(g) ?? 0);
  return dot;
};
const normOracle = (x: string): number => Math.sqrt([...countsOf(x).values()].reduce((s, c) => s + c * c, 0));

// ASCII, typographic punctuation (fast path), Latin-1 letters (small alphabet after normalising), Greek (wide),
// an emoji, CJK (strings), a mathematical letter, NFKC changes (ligature, Kelvin sign, ellipsis, no-break space) and case folding.
const PIECES = ['Ortiz', 'port', 'PORT', ' ', ', ', '.', '“', '”', '’s', '—', 'é', 'Élan', 'straße', 'Ωmega', '😀', 'ﬁne', '中文', '\uD835\uDC00', 'K', '…', '\u00a0', '3,000', 'İ', '½', 'ª'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((xs) => xs.join(''));

describe('charGrams', () => {
  it('counts the 4-grams of the normalised text whatever the encoding', () => {
    expect(gramDot(charGrams('The port, “reopened”.'), 'The port, “reopened”.', charGrams('the PORT reopened'), 'the PORT reopened')).toBe(
      dotOracle('The port, “reopened”.', 'the PORT reopened'),
    );
    expect(charGrams('').norm).toBe(0);
    fc.assert(
      fc.property(textArb, textArb, (x, y) => {
        const gx = charGrams(x);
        const gy = charGrams(y);
        expect(gx.norm).toBe(normOracle(x));
        expect(gramDot(gx, x, gy, y)).toBe(dotOracle(x, y));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('takes the small encoding for ASCII and typographic punctuation, and for Latin-1 letters', () => {
    expect(charGrams('He said: “We’ll rebuild — now.”').small).not.toBeNull();
    expect(charGrams('Café Ørsted').small).not.toBeNull();
    expect(charGrams('Ωmega').small).toBeNull();
    expect(charGrams('Ωmega').wide).not.toBeNull();
    expect(charGrams('go 中文 go').counts).toBeNull();
  });
});
