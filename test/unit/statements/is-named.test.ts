import { describe, expect, it } from 'vitest';
import { isNamed } from '../../../lambdas/pipeline/statements/match.js';

describe('isNamed: a speaker who is a name, not a description', () => {
  it('takes people and organisations by name', () => {
    for (const name of ['Katri Sundell', 'Valtor Steel', 'Valtor', 'Reuters', 'Harris', 'Baker', 'Commuters Alliance', 'Lissavan Medical Association']) expect(isNamed(name)).toBe(true);
  });
  it('takes as descriptions a lower-case organisation and one word capitalised by its place in the sentence', () => {
    // Organisation and group nouns (lexicon/roles.ts), singular or plural, and plurals of nouns for a kind of
    // person in use (WordNet, lexicon/person-nouns.generated.ts).
    for (const described of ['fire service', 'company', 'Police', 'Unions', 'Officials', 'Authorities', 'Doctors', 'Witnesses', 'Economists', 'Residents']) {
      expect(isNamed(described)).toBe(false);
    }
  });
});
