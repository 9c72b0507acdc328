import { describe, expect, it } from 'vitest';
import { numbersConflict, pairFeatures, FEATURE_NAMES } from '../../../lambdas/pipeline/statements/similarity-features.js';
import { textProfile } from '../../../lambdas/pipeline/statements/similarity-profile.js';
import { quoteContained, quoteProfile } from '../../../lambdas/pipeline/statements/similarity-quotes.js';

describe('quoteProfile', () => {
  it('is null without a quotation of substance (none, or a scare-quoted title)', () => {
    expect(quoteProfile('The board met on Monday.')).toBeNull();
    expect(quoteProfile('She presented a "recovery plan" to the board.')).toBeNull();
  });

  it('collects every quoted fragment', () => {
    const q = quoteProfile('He said the deal was "good for workers" and "good for the town".');
    expect(q).not.toBeNull();
    expect(q!.fragments).toHaveLength(2);
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
