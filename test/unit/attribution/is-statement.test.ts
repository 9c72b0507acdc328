/**
 * isStatement (statements/units.ts) keeps an attributed unit when it is a statement: a quote, a reported claim, or
 * a claim of six words or more with a verb. Its verb test replaced a regex by character tests; these pin what the
 * regex accepted and refused.
 */
import { describe, expect, it } from 'vitest';
import { isStatement, type StatementUnit } from '../../../lambdas/pipeline/statements/units.js';

const claim = (text: string): StatementUnit => ({
  article: 'a1', index: 0, paragraph: 0, text, kind: 'claim', speaker: null, quote: null, fragments: [], reported: false,
});

describe('isStatement verb test', () => {
  it('accepts an -ed or lone -s word of three letters or more before the suffix, or an auxiliary', () => {
    expect(isStatement(claim('The harbour crew painted every boat in town'))).toBe(true);
    expect(isStatement(claim('The harbour crew paints every boat in town'))).toBe(true);
    expect(isStatement(claim('The new harbour ferry will sail at noon'))).toBe(true);
    expect(isStatement(claim("The old harbour ferry isn't here at noon"))).toBe(true);
  });
  it('refuses -ss endings, too-short stems and words with digits', () => {
    expect(isStatement(claim('Harbour Ferry Press Office Boss Miss Ortiz'))).toBe(false);
    expect(isStatement(claim('A big red bus at the old dock by noon'))).toBe(false); // "bus", "red": stems too short
    expect(isStatement(claim('Route 66ed ab12s on the main dock at noon'))).toBe(false); // digits
    expect(isStatement(claim('on the pier'))).toBe(false); // too short
  });
});
