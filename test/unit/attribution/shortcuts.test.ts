/**
 * The attribution speed round replaced regexes by character tests and memoised name helpers: these pin the
 * behaviour of those shortcuts at their edges (what the regexes accepted and refused).
 */
import { describe, expect, it } from 'vitest';
import { cleanName, genderCue } from '../../../lambdas/pipeline/attribution/entity-memory.js';
import { isStatement, signatureName, type StatementUnit } from '../../../lambdas/pipeline/statements/units.js';
import { attributeArticle } from '../../../lambdas/pipeline/attribution/attribute.js';

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

describe('signature line prefilter', () => {
  it('still reads every dash the pattern allows, after leading spaces', () => {
    expect(signatureName('  – Lena Ortiz')).toBe('Lena Ortiz');
    expect(signatureName('- Sam Reyes')).toBe('Sam Reyes');
    expect(signatureName('Lena Ortiz')).toBeNull();
  });
});

describe('memoised name helpers', () => {
  it('keeps answers for the same name with and without a role apart', () => {
    expect(genderCue('Alex Moreno', 'spokeswoman')).toBe('f');
    expect(genderCue('Alex Moreno')).toBeNull();
    expect(genderCue('Alex Moreno', 'spokesman')).toBe('m');
    expect(genderCue('Alex Moreno', 'spokeswoman')).toBe('f');
  });
  it('cleans the same name the same way every time', () => {
    expect(cleanName('Mr. Sam Reyes,')).toBe('Sam Reyes');
    expect(cleanName('Mr. Sam Reyes,')).toBe('Sam Reyes');
  });
});

describe('shared tokens of a unit', () => {
  // The possessor of a role is not its holder ("Ortiz’s spokesman" is not Ortiz); the pronoun goes back to Ortiz.
  it('reads a possessive name and a parenthetical the same as before', () => {
    const a = attributeArticle([
      'Harbour Trust director Lena Ortiz (D-Harbourton) said the ferry would run again next week.',
      '“We will have the ferry back on the water before the end of the month,” Ortiz’s spokesman said.',
      '“Every single boat in the fleet has been checked twice by the crews,” she added.',
    ]);
    expect(a.map((x) => x.speaker)).toEqual(['Lena Ortiz', null, 'Lena Ortiz']);
  });
});
