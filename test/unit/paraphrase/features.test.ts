import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../../lambdas/pipeline/paraphrase/features.js';
import { editRate } from '../../../lambdas/pipeline/paraphrase/edit-rate.js';
import { numbersConflict } from '../../../lambdas/pipeline/paraphrase/number-conflict.js';
import { commonRank, rarityWeight, stopWordWeight } from '../../../lambdas/pipeline/paraphrase/rarity.js';
import { stem } from '../../../lambdas/pipeline/text/tokens.js';
import { StatementComparer } from '../../../lambdas/pipeline/paraphrase/comparer.js';
import type { TextProfile } from '../../../lambdas/pipeline/paraphrase/profile.js';
import { quoteContained, quoteProfile as quoteProfileWith } from '../../../lambdas/pipeline/paraphrase/quote-profile.js';

const comparer = new StatementComparer();
const textProfile = (text: string): TextProfile => comparer.profile(text);
const quoteProfile = (text: string) => quoteProfileWith(text, textProfile);
const pairFeatures = (a: TextProfile, b: TextProfile): number[] => comparer.pairFeatures(a, b);
/** The graded alignment (the wordAlignF feature), the similarity the graded score leans on most. */
const gradedSimilarity = (a: TextProfile, b: TextProfile): number => pairFeatures(a, b)[FEATURE_NAMES.indexOf('wordAlignF')]!;

describe('quoteProfile', () => {
  it('is null without a quotation of substance (none, or a scare-quoted title)', () => {
    expect(quoteProfile('The board met on Monday.')).toBeNull();
    expect(quoteProfile('She presented a "recovery plan" to the board.')).toBeNull();
  });

  it('collects every quoted fragment', () => {
    const q = quoteProfile('He said the deal was "good for workers" and "good for the town".');
    expect(q).not.toBeNull();
    expect(q!.quoted.passages).toHaveLength(2);
  });
});

describe('quoteContained', () => {
  const full = quoteProfile('"The harbour will reopen next week. Every ship that waits will be served in order," the port chief said.')!;

  it('accepts fragments that all occur in the full quotation', () => {
    const part = quoteProfile('The port chief promised that "every ship that waits" would be "served in order".')!;
    expect(quoteContained(part, full)).toBe(true);
  });

  it('rejects a fragment the full quotation does not contain', () => {
    const part = quoteProfile('The port chief promised that "every ship that waits" would be "paid back in full".')!;
    expect(quoteContained(part, full)).toBe(false);
  });

  it('rejects the longer quotation as part of the shorter one', () => {
    const part = quoteProfile('The port chief promised that "every ship that waits" would be "served in order".')!;
    expect(quoteContained(full, part)).toBe(false);
  });
});

describe('numbersConflict', () => {
  const p = textProfile;
  it('is true when each side states a figure the other contradicts', () => {
    expect(numbersConflict(p('About 3,000 troops arrived.'), p('About 12,000 troops arrived.'))).toBe(true);
  });
  it('is false for the same figure written differently, a rounded figure, or a figure on one side only', () => {
    expect(numbersConflict(p('About 3,000 troops arrived.'), p('About 3000 troops arrived.'))).toBe(false);
    expect(numbersConflict(p('Shares closed at 33.4 dollars.'), p('Shares closed at 34 dollars.'))).toBe(false);
    expect(numbersConflict(p('Troops arrived on 5 May.'), p('Troops arrived.'))).toBe(false);
    expect(numbersConflict(p('The two sides met in Hall 4.'), p('The sides met in a hall.'))).toBe(false);
    expect(numbersConflict(p('The two sides met.'), p('Section 4 applies to both sides.'))).toBe(false);
  });
});

describe('pairFeatures', () => {
  it('returns one finite value per feature name, the same in both orders (up to rounding)', () => {
    const a = textProfile('The Senate passed the bill 52 to 48 on Thursday.');
    const b = textProfile('On Thursday the bill cleared the Senate by four votes.');
    const ab = pairFeatures(a, b);
    expect(ab).toHaveLength(FEATURE_NAMES.length);
    expect(ab.every(Number.isFinite)).toBe(true);
    pairFeatures(b, a).forEach((v, i) => expect(v).toBeCloseTo(ab[i]!, 12));
  });
});

describe('editRate', () => {
  it('is 0 for equal sequences and counts word edits over the mean length', () => {
    expect(editRate(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(0);
    expect(editRate(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBeCloseTo(1 / 4, 12);
    expect(editRate(['a', 'b'], [])).toBe(2);
    expect(editRate([], [])).toBe(0);
  });
});

describe('the graded alignment (wordAlignF)', () => {
  const g = (a: string, b: string): number => gradedSimilarity(textProfile(a), textProfile(b));

  it('is 1 for the same words and 0 for nothing in common', () => {
    expect(g('Rebels seized the northern airport.', 'Rebels seized the northern airport.')).toBeCloseTo(1, 12);
    expect(g('Rebels seized the northern airport.', 'Bakers protest flour tariffs.')).toBe(0);
  });

  it('credits synonyms and near spellings, but less than the same word', () => {
    const same = g('The firm bought a rival.', 'The firm bought a rival.');
    const synonym = g('The firm bought a rival.', 'The company purchased a rival.');
    const unrelated = g('The firm bought a rival.', 'The firm painted a bridge.');
    expect(synonym).toBeLessThan(same);
    expect(synonym).toBeGreaterThan(unrelated);
    expect(g('Zelensky met the envoy.', 'Zelenskyy met the envoy.')).toBeGreaterThan(0.8);
  });

  it('weighs a shared rare word more than a shared common one', () => {
    // Same shape, one differing word each side; only the shared word changes from common ("year") to rare.
    expect(g('The year ended quietly.', 'The year began quietly.')).toBeLessThan(g('The glacier ended quietly.', 'The glacier began quietly.'));
  });

  it('is symmetric', () => {
    const a = textProfile('Prices rose sharply in the capital last week.');
    const b = textProfile('Last week the capital saw prices climb.');
    expect(gradedSimilarity(a, b)).toBeCloseTo(gradedSimilarity(b, a), 12);
  });
});

describe('rarity weights', () => {
  it('grades common words below unlisted ones, and figures above both', () => {
    expect(rarityWeight(stem('year'), false)).toBeLessThan(rarityWeight(stem('glacier'), false));
    expect(rarityWeight(stem('the'), false)).toBeLessThan(rarityWeight(stem('year'), false));
    expect(rarityWeight('1500', false)).toBeGreaterThan(rarityWeight(stem('glacier'), false));
    expect(rarityWeight(stem('glacier'), true)).toBeGreaterThan(rarityWeight(stem('glacier'), false));
  });

  it('gives stop words a small weight', () => {
    expect(stopWordWeight(stem('the'))).toBeLessThan(0.2);
    expect(commonRank(stem('the'))).toBe(1);
    expect(commonRank(stem('glacier'))).toBeUndefined();
  });
});
