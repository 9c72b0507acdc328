import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../lambdas/pipeline/text/sentences.js';
import { unitsOfArticle } from '../../../lambdas/pipeline/statements/units.js';

const units = (text: string) => unitsOfArticle('a1', sentencesOf({ id: 'a1', source: 'test', format: 'txt', text } as never));

describe('signature lines', () => {
  it('gives a bare quotation to the signature line under it', () => {
    const u = units(
      [
        'Readers wrote to us about the storm.',
        '“The water came up to the second floor and we lost everything we owned.”',
        '― Lena Ortiz',
        '“Nobody came to help us for three whole days after the storm.”',
        '― Sam Reyes, Harbourton',
      ].join('\n'),
    );
    const quotes = u.filter((x) => x.kind === 'quote');
    expect(quotes.map((q) => q.speaker)).toEqual(['Lena Ortiz', 'Sam Reyes']);
  });
  it('credits a quotation from a signature in the same paragraph, right after the closing mark', () => {
    const u = units(
      ['Readers wrote to us about the ferry.', '“The ferry has been late every single morning this winter.” ― Ines Carvalho'].join('\n'),
    );
    expect(u.filter((x) => x.kind === 'quote').map((q) => q.speaker)).toEqual(['Ines Carvalho']);
  });
  it('does not override a quotation that names its own speaker', () => {
    const u = units(['“The levee will hold through the spring,” Mara Quint said.', '— Tobias Wren'].join('\n'));
    expect(u[0]!.speaker).toBe('Mara Quint');
  });
});

describe('a question in quotes keeps its attribution', () => {
  it('attributes “…?” X asked. to X', () => {
    const u = units('“Does anyone here really believe the bridge will open on time?” Tobias Wren asked the council.');
    expect(u).toHaveLength(1);
    expect(u[0]!.kind).toBe('quote');
    expect(u[0]!.speaker).toBe('Tobias Wren');
  });
});
