import { describe, expect, it } from 'vitest';
import { attributeArticle } from '../../../lambdas/pipeline/attribution/attribute.js';
import { EntityMemory, givenNameGender } from '../../../lambdas/pipeline/attribution/entity-memory.js';

const one = (text: string) => attributeArticle([text])[0]!;
const speakers = (units: string[]) => attributeArticle(units).map((a) => a.speaker);

describe('words between a subject and its speech verb', () => {
  it('reads past an adverb in -ly ("X openly admitted")', () => {
    expect(one('Tobias Wren openly admitted that the ferry plan was “never going to survive the winter storms.”').speaker).toBe('Tobias Wren');
  });
  it('does not take a noun in -ly for an adverb ("the family said")', () => {
    expect(one('The Okafor family said the harbour “has been our home for four generations now.”').speaker).not.toBe('Okafor');
  });
  it('reads past a day name ("X later Thursday told")', () => {
    expect(one('Greta Lindqvist later Thursday told the council: “We will rebuild the pier before the summer season.”').speaker).toBe(
      'Greta Lindqvist',
    );
  });
});

describe('verbs of expression', () => {
  it('reads base forms of speech verbs after an auxiliary ("X did suggest")', () => {
    expect(one('Mara Quint did suggest that the levee “could fail in a flood bigger than the last one.”').speaker).toBe('Mara Quint');
  });
  it('reads inverted "opined" and "reacted"', () => {
    expect(one('“The council should resign over the ferry contract,” opined the Harbour Gazette.').speaker).toBe('Harbour Gazette');
    expect(one('“Nobody asked us before they closed the school,” reacted Paul Okafor.').speaker).toBe('Paul Okafor');
  });
  it('does not take a base form without an auxiliary for a speech verb', () => {
    // "tell" here is an infinitive's complement of "wants", not an attribution of the quotation to "Okafor".
    expect(one('Many residents want Okafor to tell the truth about the “emergency repairs to the old bridge.”').speaker).not.toBe('Okafor');
  });
});

describe('a lone surname the article named in full before', () => {
  it('makes a one-word sentence subject a person, so a following "she said" finds her', () => {
    const got = speakers([
      '“We need more buses on the island route,” Tom Haddad told Annette Guessford, who answered the door.',
      'Guessford was surprised by the visit from the campaign.',
      '“I never expected anyone to come all the way out here,” she said.',
    ]);
    expect(got[2]).toBe('Annette Guessford');
  });
  it('keeps a lone capitalised word never seen in a full name out of the people', () => {
    const memory = new EntityMemory();
    memory.notePair('Annette Guessford');
    expect(memory.pairFor('Guessford')).toBe('Annette Guessford');
    expect(memory.pairFor('Harbourton')).toBeNull();
  });
});

describe('given-name gender', () => {
  it('tells the gender of common given names only', () => {
    expect(givenNameGender('Maria')).toBe('f');
    expect(givenNameGender('John')).toBe('m');
    expect(givenNameGender('Harbourton')).toBeNull();
  });
});
