import { describe, expect, it } from 'vitest';
import { unifySpeakers, withoutTitle } from '../../../lambdas/pipeline/statements/speakers.js';
import type { MergedGroup } from '../../../lambdas/pipeline/statements/group.js';

const group = (speaker: string | null): MergedGroup => ({ text: 't', kind: 'quote', speaker, alsoCredited: [], articles: [], variants: [], units: [], wording: null });

describe('one person, one name in a story', () => {
  it('drops a title word before a full name, not a name that is only a title and a surname', () => {
    expect(withoutTitle('Mayor Ilse Brandt')).toBe('Ilse Brandt');
    expect(withoutTitle('Governor Ruth Adeyemi')).toBe('Ruth Adeyemi');
    expect(withoutTitle('Mayor Brandt')).toBe('Mayor Brandt');
    expect(withoutTitle('Calvera Rail')).toBe('Calvera Rail');
    expect(withoutTitle('electoral board')).toBe('electoral board');
    // Any noun for a kind of person before a full name is a descriptor, not part of the name.
    expect(withoutTitle('Inspector Katri Sundell')).toBe('Katri Sundell');
    expect(withoutTitle('Neighbor Ruth Adeyemi')).toBe('Ruth Adeyemi');
    expect(withoutTitle('Ruth Adeyemi Smith')).toBe('Ruth Adeyemi Smith');
  });
  it('gives a surname the one full name of the story that ends with it, and leaves it when two do', () => {
    const gs = [group('Lloyd Austin'), group('Austin'), group('Mayor Ilse Brandt'), group('Brandt'), group(null), group('Fire Service')];
    unifySpeakers(gs);
    expect(gs.map((g) => g.speaker)).toEqual(['Lloyd Austin', 'Lloyd Austin', 'Ilse Brandt', 'Ilse Brandt', null, 'Fire Service']);
    const two = [group('Ruth Adeyemi'), group('Tunde Adeyemi'), group('Adeyemi')];
    unifySpeakers(two);
    expect(two.map((g) => g.speaker)).toEqual(['Ruth Adeyemi', 'Tunde Adeyemi', 'Adeyemi']);
  });
});
