import { describe, expect, it } from 'vitest';
import { genderCue, givenNameGender } from '../../../lambdas/pipeline/attribution/gender.js';

describe('gender cues', () => {
  it('reads gender from honorifics and gendered roles', () => {
    expect(genderCue('Mrs. Ortiz')).toBe('f');
    expect(genderCue('Ortiz', 'the spokesman')).toBe('m');
    expect(genderCue('Ortiz')).toBeNull();
    expect(genderCue('Alex Moreno', 'spokeswoman')).toBe('f');
    expect(genderCue('Alex Moreno')).toBeNull();
  });
  it('reads a common given name only in a name of two words or more', () => {
    expect(genderCue('Maria Okonkwo')).toBe('f');
    expect(genderCue('Maria')).toBeNull();
  });
  it('tells the gender of common given names only', () => {
    expect(givenNameGender('Maria')).toBe('f');
    expect(givenNameGender('John')).toBe('m');
    expect(givenNameGender('Harbourton')).toBeNull();
  });
});
