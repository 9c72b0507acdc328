import { describe, expect, it } from 'vitest';
import { IdMarks, Interner } from '../../../lambdas/pipeline/paraphrase/ids.js';
import { FEATURE_NAMES } from '../../../lambdas/pipeline/paraphrase/features.js';
import { StatementComparer } from '../../../lambdas/pipeline/paraphrase/comparer.js';
import { stem, words } from '../../../lambdas/pipeline/text/tokens.js';

const interner = new Interner(1 << 20);
const idOf = (s: string): number => interner.idOf(s);

describe('Interner', () => {
  it('gives one id per distinct string', () => {
    expect(idOf('zebra-test-a')).toBe(idOf('zebra-test-a'));
    expect(idOf('zebra-test-a')).not.toBe(idOf('zebra-test-b'));
  });

  it('starts a new generation, with ids from 0 again, only when the table is full', () => {
    const ids = new Interner(3);
    const first = ids.generation;
    ['a', 'b'].forEach((s) => ids.idOf(s));
    expect(ids.ensureRoom()).toBe(false);
    ids.idOf('c');
    expect(ids.ensureRoom()).toBe(true);
    expect(ids.generation).not.toBe(first);
    expect(ids.count).toBe(0);
    expect(ids.idOf('c')).toBe(0);
  });

  it('keeps two interners apart: each hands out its own ids and generations', () => {
    const a = new Interner(10);
    const b = new Interner(10);
    a.idOf('x');
    expect(b.idOf('y')).toBe(0);
    expect(a.generation).not.toBe(b.generation);
  });
});

describe('IdMarks', () => {
  it('answers for the last marked set only, keeping the first value of a repeated id', () => {
    const m = new IdMarks(interner);
    const [a, b, c] = [idOf('marks-a'), idOf('marks-b'), idOf('marks-c')];
    m.mark(Int32Array.of(a, b, a), Float64Array.of(1.5, 2, 9));
    expect(m.has(a) && m.has(b) && !m.has(c)).toBe(true);
    expect(m.value(a)).toBe(1.5);
    expect(m.count(Int32Array.of(a, c))).toBe(1);
    m.mark(Int32Array.of(c));
    expect(m.has(a)).toBe(false);
    expect(m.has(c)).toBe(true);
    m.clear();
    expect(m.add(b)).toBe(true);
    expect(m.add(b)).toBe(false);
    expect(m.has(c)).toBe(false);
  });

  it('keeps the set being filled when an id beyond its table makes it grow', () => {
    const m = new IdMarks(interner);
    const small = idOf('marks-small');
    m.clear();
    m.add(small);
    m.put(100_000, 7);
    expect(m.has(small)).toBe(true);
    expect(m.has(100_000)).toBe(true);
    expect(m.value(100_000)).toBe(7);
  });
});

/** BLEU+1 clipped n-gram precision on stem strings, written plainly: what the id merge must reproduce. */
function referencePrecision(hyp: string, ref: string, n: number): number {
  const grams = (t: string): Map<string, number> => {
    const st = words(t).map(stem);
    const m = new Map<string, number>();
    for (let i = 0; i + n <= st.length; i++) {
      const g = st.slice(i, i + n).join(' ');
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const h = grams(hyp);
  const r = grams(ref);
  let hit = 0;
  let total = 0;
  for (const [g, c] of h) {
    total += c;
    hit += Math.min(c, r.get(g) ?? 0);
  }
  return (hit + 1) / (total + 1);
}

/** Cosine of character 4-gram counts, written plainly on strings. */
function referenceCosine(a: string, b: string): number {
  const grams = (t: string): Map<string, number> => {
    const norm = ` ${t.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    const m = new Map<string, number>();
    for (let i = 0; i + 4 <= norm.length; i++) m.set(norm.slice(i, i + 4), (m.get(norm.slice(i, i + 4)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let dot = 0;
  for (const [g, c] of ga) dot += c * (gb.get(g) ?? 0);
  const norm = (m: Map<string, number>): number => Math.sqrt([...m.values()].reduce((s, c) => s + c * c, 0));
  return dot / (norm(ga) * norm(gb));
}

describe('pairFeatures on ids', () => {
  const comparer = new StatementComparer();
  const feature = (name: (typeof FEATURE_NAMES)[number], a: string, b: string): number =>
    comparer.pairFeatures(comparer.profile(a), comparer.profile(b))[FEATURE_NAMES.indexOf(name)]!;

  // Repeated n-grams (clipping), a text shorter than four words, and words shared in another order.
  const pairs: Array<[string, string]> = [
    ['the cat saw the cat and the cat ran', 'the cat ran and the dog saw the cat'],
    ['Rain fell.', 'Heavy rain fell on the town all day.'],
    ['ministers met the envoy on Monday', 'on Monday the envoy met ministers'],
  ];

  it('counts clipped n-gram matches like the plain string computation', () => {
    for (const [a, b] of pairs) {
      for (const [n, min, max] of [[1, 'bleu1Min', 'bleu1Max'], [3, 'bleu3Min', 'bleu3Max'], [4, 'bleu4Min', 'bleu4Max']] as const) {
        const ab = referencePrecision(a, b, n);
        const ba = referencePrecision(b, a, n);
        expect(feature(min, a, b)).toBe(Math.min(ab, ba));
        expect(feature(max, a, b)).toBe(Math.max(ab, ba));
      }
    }
  });

  it('gives the string cosine of character 4-grams, packed or not (characters beyond 13 bits)', () => {
    const cases: Array<[string, string]> = [...pairs, ['東京で会議が開かれた', '東京で会議が再び開かれた'], ['Prices in € rose', 'Prices in euros rose']];
    for (const [a, b] of cases) expect(feature('char4Cosine', a, b)).toBeCloseTo(referenceCosine(a, b), 12);
  });
});
