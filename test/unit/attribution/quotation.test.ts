import { describe, expect, it } from 'vitest';
import { attributeArticle, joinFragments } from '../../../lambdas/pipeline/attribution/index.js';

describe('the quoted words of a unit', () => {
  it('keeps the quotation without its marks, and each passage', () => {
    const [a] = attributeArticle(['“The harbour will reopen next week after the storm damage is repaired,” Maria Okonkwo said.']);
    expect(a!.quote).toBe('The harbour will reopen next week after the storm damage is repaired,');
    expect(a!.fragments).toEqual(['The harbour will reopen next week after the storm damage is repaired,']);
  });
  it('turns the comma before a split attribution into a full stop when a new sentence follows', () => {
    expect(joinFragments(['It is over,', 'We go home now.'])).toBe('It is over. We go home now.');
    expect(joinFragments(['We are,', 'going to win.'])).toBe('We are going to win.');
  });
  it('reads a unit without quotation marks as a claim with nothing quoted', () => {
    const [a] = attributeArticle(['Gianni Russo told reporters the fleet was ready to sail again.']);
    expect(a).toMatchObject({ kind: 'claim', quote: null, fragments: [], reported: true });
  });
});
