import { describe, expect, it } from 'vitest';
import { findClaimant } from '../../../lambdas/pipeline/attribution/claimant.js';
import { figureTokens } from '../../../lambdas/pipeline/figures/figure-tokens.js';

/** The claimant of the first number in the sentence, counting `counted` words after it ("23 homes"). */
function claimant(sentence: string, counted = 1): string | null {
  const toks = figureTokens(sentence);
  const first = toks.findIndex((t) => t.kind === 'num');
  return findClaimant(sentence, toks, first, first + 1 + counted);
}

describe('who a figure comes from', () => {
  it('reads the subject of a reporting verb before the number, past auxiliaries, adverbs and a time adjunct', () => {
    expect(claimant('Officials had officially confirmed that 23 homes burned.')).toBe('Officials');
    expect(claimant('The coast guard last week said 23 sailors were rescued.')).toBe('coast guard');
    expect(claimant('The Ministry of Defence estimated that 3,000 troops had crossed.')).toBe('Ministry of Defence');
  });
  it('reads ", said X" and ", X said" after the counted phrase', () => {
    expect(claimant('Some 23 homes burned, said the fire brigade.')).toBe('fire brigade');
    expect(claimant('At least 23 homes burned, the mayor said.')).toBe('mayor');
  });
  it('gives "according to X" precedence over any verb', () => {
    expect(claimant('The mayor said 23 homes burned, according to the fire brigade.')).toBe('fire brigade');
  });
  it('stops at a clause boundary and at another figure', () => {
    expect(claimant('Rescuers were tired, while 23 homes burned.')).toBeNull();
    expect(claimant('The ministry said that it had counted 40 bodies.')).toBeNull();
  });
  it('says nothing for a pronoun, and does not look right of the number once a verb before it had a subject', () => {
    expect(claimant('It said 23 homes burned.')).toBeNull();
    // "X" is a subject that names nobody: the ", the mayor said" after the number is not read.
    expect(claimant('X said 23 homes burned, the mayor said.')).toBeNull();
  });

  it('reads an appositive subject, a possessor of a claim noun, the subject of a verb before a claim noun and a coordinated verb', () => {
    expect(claimant('The operator, Norte Buses, said 23 routes closed.')).toBe('Norte Buses');
    // A relative clause between the subject and its verb is skipped, its last word is no subject, with commas or without.
    expect(claimant('Locals who went door to door counted 23 houses under water.')).toBe('Locals');
    // Verbs only figures are reported with: valuing, pricing, reckoning.
    expect(claimant('The yard valued the lost order at about 23 million euros.', 2)).toBe('yard');
    expect(claimant('Fire and Rescue, whose crews pumped out cellars all night, counted 23 houses.')).toBe('Fire and Rescue');
    expect(claimant('The lifeguards gave a lower estimate of 23 swimmers.')).toBe('lifeguards');
    expect(claimant('The Harbour Guild disputes that and says 23 boats sank.')).toBe('Harbour Guild');
  });

  it('reads the possessor of a claim noun whatever the apostrophe and wherever the tokenizer leaves it', () => {
    // The possessive ending stays in the word ("ministry’s") or is split off after a plural ("workers ’").
    expect(claimant('The transport ministry’s own estimate was closer to 23 million crowns a day.', 3)).toBe('transport ministry');
    expect(claimant("The harbour board's own estimate was 23 boats.")).toBe('harbour board');
    expect(claimant('The dockers’ estimate was 23 boats.')).toBe('dockers');
    // A claim noun that is no reporting verb names its possessor, and only that.
    expect(claimant("By the union's count, 23 flights were cancelled.")).toBe('union');
    expect(claimant('The body count rose to 23 people.')).toBeNull();
    // "gave a lower figure of": the subject of the verb before the claim noun.
    expect(claimant('The district police gave a lower figure of 23 injured.')).toBe('district police');
  });
  it('never takes the words of another number for a claimant', () => {
    const s = 'Their chief insists the fee is 21 million crowns, not the 18 million crowns Orvik claim.';
    const toks = figureTokens(s);
    const second = toks.findIndex((t, i) => t.kind === 'num' && i > toks.findIndex((u) => u.kind === 'num'));
    expect(claimant(s, 2)).toBe('chief');
    expect(findClaimant(s, toks, second, second + 3) ?? '').not.toMatch(/million|crowns/);
  });
});

