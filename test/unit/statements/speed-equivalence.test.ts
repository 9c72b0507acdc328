/**
 * The speed work replaced per-call regexes with plain string scans; these checks pin that the fast paths find
 * exactly what the regexes they replaced would find.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeWordIndex } from '../../../lambdas/pipeline/attribution/entity-memory.js';
import { editRate } from '../../../lambdas/pipeline/paraphrase/edit-rate.js';
import { namesOf } from '../../../lambdas/pipeline/paraphrase/profile.js';
import { STOP_WORDS, stem } from '../../../lambdas/pipeline/text/tokens.js';
import { quotedSpans, hasOpenQuote } from '../../../lambdas/pipeline/text/quotes.js';
import { words } from '../../../lambdas/pipeline/text/tokens.js';
import { medoidIndex } from '../../../lambdas/pipeline/statements/wording.js';
import { trimEndOf, trimStartOf } from '../../../lambdas/pipeline/text/trim.js';

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

/** The textbook edit distance over the mean length (no trimming, full table): the oracle of editRate. */
function editRateOracle(a: readonly number[], b: readonly number[]): number {
  const mean = (a.length + b.length) / 2;
  if (mean === 0) return 0;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return Math.min(2, d[a.length]![b.length]! / mean);
}

describe('editRate', () => {
  it('trims the shared ends and still gives the full table\'s distance', () => {
    expect(editRate([1, 2, 3, 4, 5], [1, 2, 9, 4, 5])).toBe(editRateOracle([1, 2, 3, 4, 5], [1, 2, 9, 4, 5]));
    expect(editRate([1, 1, 1], [1, 1])).toBe(editRateOracle([1, 1, 1], [1, 1]));
    // Few symbols make long shared ends and repeats, where a wrong trim would show.
    const seq = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        expect(editRate(a, b)).toBe(editRateOracle(a, b));
        expect(editRate([...a, ...b], [...a, 7, ...b])).toBe(editRateOracle([...a, ...b], [...a, 7, ...b]));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});

/** The regex namesOf replaced: its definition. */
function namesOracle(text: string): string[] {
  const out = new Set<string>();
  let first = true;
  for (const m of text.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)) {
    const w = m[0];
    const wasFirst = first;
    first = false;
    if (!/^\p{Lu}/u.test(w)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    if (wasFirst || /[.!?]\s$|["“‘]$/u.test(before)) continue;
    const lower = w.toLowerCase().replace(/’/gu, "'");
    if (STOP_WORDS.has(lower)) continue;
    out.add(stem(lower));
  }
  return [...out];
}

describe('namesOf', () => {
  it('finds the capitalised words the regex scan found, in the same order', () => {
    expect(namesOf('Then Putin met “Ortiz” in Kyiv. The talks ended.')).toEqual(new Set(['putin', 'kyiv']));
    const pieces = ['Ortiz', 'ortiz', 'The', 'É', 'Élan', 'ﬁne', 'İz', '’s', "'s", '.', '. ', '! ', '“', '"', '‘', ' ', '-', 'K', 'U.S', '𝐀b', '😀', 'naïve', '3'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect([...namesOf(t)]).toEqual(namesOracle(t));
      }),
      { numRuns: 3000, seed: 3 },
    );
  });
});

/** The medoid as defined: every text against every other, copies included (the quadratic original). */
function medoidByDefinition(texts: readonly string[]): number {
  const sets = texts.map((t) => new Set(words(t)));
  let best = 0;
  let bestScore = -1;
  sets.forEach((s, i) => {
    let score = 0;
    sets.forEach((o, j) => {
      if (i === j) return;
      let inter = 0;
      for (const w of o) if (s.has(w)) inter++;
      score += inter / (s.size + o.size - inter || 1);
    });
    const longer = texts[i]!.length > texts[best]!.length;
    if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && longer)) {
      best = i;
      bestScore = score;
    }
  });
  return texts.length ? best : -1;
}

describe('medoidIndex', () => {
  const sentence = fc.array(fc.constantFrom('troops', 'will', 'leave', 'the', 'city', 'by', 'Friday', 'army', '3,000', '.', ''), { maxLength: 7 }).map((xs) => xs.join(' '));
  it('weighs identical texts by their count and answers as over every text', () => {
    // Each distinct text repeated a few times, in any order: the case it folds (a sentence in 500 reports).
    const day = fc.array(fc.tuple(sentence, fc.integer({ min: 1, max: 4 })), { maxLength: 8 }).chain((pairs) =>
      fc.shuffledSubarray(pairs.flatMap(([t, k]) => Array<string>(k).fill(t)), { minLength: pairs.reduce((n, [, k]) => n + k, 0) }),
    );
    fc.assert(fc.property(day, (texts) => medoidIndex(texts) === medoidByDefinition(texts)), { numRuns: 400 });
  });

  it('lets the majority wording win over a longer one', () => {
    const texts = ['Troops will leave the city by Friday.', 'The army said its troops will leave the city by Friday at the latest.', 'Troops will leave the city by Friday.'];
    expect(medoidIndex(texts)).toBe(0);
    expect(medoidIndex([])).toBe(-1);
  });
});

describe('trimEndOf and trimStartOf', () => {
  const text = fc.array(fc.constantFrom('a', 'B', ',', ';', ':', '.', '-', '–', ' ', '\t', '\n', '\u00a0', '\u2028', 'é'), { maxLength: 12 }).map((xs) => xs.join(''));
  it('trim what the quadratic regexes they replaced trimmed', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(trimEndOf(s, ',;:', true)).toBe(s.replace(/[,;:\s]+$/u, ''));
        expect(trimEndOf(s, ',;:.-–', true)).toBe(s.replace(/[\s,;:.\-–]+$/u, ''));
        expect(trimEndOf(s, '.,')).toBe(s.replace(/[.,]+$/u, ''));
        expect(trimEndOf(trimStartOf(s, '-'), '-')).toBe(s.replace(/^-+|-+$/g, ''));
      }),
      { numRuns: 500 },
    );
  });
});
