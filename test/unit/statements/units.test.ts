import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../lambdas/pipeline/text/sentences.js';
import { MAX_SENTENCE } from '../../../lambdas/pipeline/text/sentences.js';
import { hasOpenQuote, quotedSpans } from '../../../lambdas/pipeline/text/quotes.js';
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

describe('a quotation opened and never closed', () => {
  it('takes in the sentences after it up to MAX_SENTENCE characters, not its whole paragraph', () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `The council heard complaint number ${i} about the harbour wall.`);
    const u = units(`The mayor said: “We will fix it. ${sentences.join(' ')}`);
    expect(u.length).toBeGreaterThan(10);
    for (const unit of u) expect(unit.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(u.map((x) => x.text).join(' ')).toContain(sentences[399]);
  });

  it('still joins a quotation of a few sentences into one unit', () => {
    const u = units('“We will fix it. The wall will stand. Nobody will be hurt,” the mayor said.');
    expect(u).toHaveLength(1);
  });
});

describe('unmatched quote marks of two kinds', () => {
  it('pairs each closer with the last opener of its kind, however many marks of the other kind are open', () => {
    // Thousands of open single quotes, then double closers: each closer has no opener of its kind.
    const text = `${'‘a '.repeat(3_000)}${'b” '.repeat(3_000)}`;
    expect(hasOpenQuote(text)).toBe(false);
    expect(quotedSpans(`${'‘a '.repeat(3_000)}“inner words”`).map((s) => s.text)).toEqual([]);
    expect(quotedSpans(`“outer ${'‘a '.repeat(3_000)} end” and more`)[0]?.text.endsWith('end')).toBe(true);
  });
});
