/**
 * isStatement (statements/units.ts) keeps an attributed unit when it is a statement: a quote, a reported claim, or
 * a claim of six words or more with a verb, or of four or five ending like a sentence with a past or an auxiliary. Its verb test replaced a regex by character tests; these pin what the
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
  it('accepts an irregular past ("broke", "found") and a short sentence with a past or an auxiliary', () => {
    expect(isStatement(claim('The blaze broke out in a shop on the high street.'))).toBe(true);
    expect(isStatement(claim('Police found the boat.'))).toBe(true);
    expect(isStatement(claim('Two trawlers sank overnight.'))).toBe(true);
    expect(isStatement(claim('The ferry was late.'))).toBe(true);
  });
  it('refuses a short line that does not end like a sentence or has no clear verb', () => {
    expect(isStatement(claim('Police found the boat'))).toBe(false); // a heading, not a sentence
    expect(isStatement(claim('Sign up for newsletters.'))).toBe(false); // a plural is no verb
    expect(isStatement(claim('Crew found safe.'))).toBe(false); // three words
    expect(isStatement(claim('Pigeon told The Canadian Press.'))).toBe(false); // only says who spoke
  });

  it('accepts a sentence stating a specific figure whatever form its verb takes, not a heading with a number', () => {
    expect(isStatement(claim('Around 4,600 people work at the plant on the Ostra road today.'))).toBe(true);
    expect(isStatement(claim('Around 4,600 people work at the plant on the Ostra road today'))).toBe(false);
    expect(isStatement(claim('Two people work at the plant on the road today.'))).toBe(false);
  });
});
