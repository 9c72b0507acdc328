import { describe, expect, it } from 'vitest';
import { attributeArticle, joinFragments } from '../../../lambdas/pipeline/attribution/attribute.js';

const one = (text: string) => attributeArticle([text])[0]!;

describe('speaker patterns', () => {
  it('reads "X said" after a quote, with the full name', () => {
    const a = one('“The harbour will reopen next week after the storm damage is repaired,” Maria Okonkwo said.');
    expect(a.kind).toBe('quote');
    expect(a.speaker).toBe('Maria Okonkwo');
    expect(a.quote).toBe('The harbour will reopen next week after the storm damage is repaired,');
  });

  it('reads the inverted "said X"', () => {
    expect(one('“We will not raise the toll this year at all,” said Tomas Lindqvist.').speaker).toBe('Tomas Lindqvist');
  });

  it('skips a parenthetical between subject and verb ("X, asked ..., said")', () => {
    const a = one('Lindqvist, asked by a reporter about the bridge closures downtown, said, “Traffic will be heavy for weeks to come.”');
    expect(a.speaker).toBe('Lindqvist');
    expect(a.kind).toBe('quote');
  });

  it('handles "according to X" and "X told reporters"', () => {
    const [a, b] = attributeArticle([
      'Port Director Anna Berg announced the reopening plan on Monday morning.',
      'According to Berg, the repairs will cost more than the city expected last spring.',
    ]);
    expect(a!.speaker).toBe('Anna Berg');
    expect(b!.speaker).toBe('Anna Berg');
    expect(one('Gianni Russo told reporters the fleet was ready to sail again.').speaker).toBe('Gianni Russo');
  });

  it('reads the apposition name in "role, Name, said"', () => {
    expect(one('The city’s head of transport, Priya Raman, said the buses would run all night.').speaker).toBe('Priya Raman');
  });

  it('never returns quote words or fragments as the speaker', () => {
    const a = one('“Nobody told us anything about the closures, nothing at all,” a resident complained.');
    expect(a.kind).toBe('quote');
    expect(a.speaker === null || !/[“”"]/.test(a.speaker)).toBe(true);
    expect(a.speaker ?? '').not.toMatch(/Nobody/);
  });

  it('keeps short scare quotes as claims', () => {
    const a = one('The mayor signed what she called a “historic agreement” with the unions on Friday.');
    expect(a.kind).toBe('claim');
  });
});

describe('pronoun and title resolution', () => {
  const article = [
    'Finance Minister Elena Vasquez presented the budget to parliament on Tuesday.',
    'Opposition leader Karl Brandt called the plan reckless and vowed to fight it.',
    '“This budget protects pensions and schools without new debt,” the minister said.',
    'She added that taxes on fuel would stay unchanged until next year.',
    '“We will vote against every line of it,” Brandt said.',
    '“The numbers simply do not add up for working families,” he told reporters.',
  ];
  const out = attributeArticle(article);

  it('resolves a role noun to the most recent person holding it', () => {
    expect(out[2]!.speaker).toBe('Elena Vasquez');
  });
  it('resolves she / he to the most recent fitting person, with the full name', () => {
    expect(out[3]!.speaker).toBe('Elena Vasquez');
    expect(out[4]!.speaker).toBe('Karl Brandt');
    expect(out[5]!.speaker).toBe('Karl Brandt');
  });
  it('gives a quotation-only paragraph to the previous quote’s speaker', () => {
    const r = attributeArticle(['“We are ready,” Vasquez said of the vote.', '“Every ministry has cut its spending by a tenth this year.”']);
    expect(r[1]!.speaker).toBe('Vasquez');
    expect(r[1]!.kind).toBe('quote');
  });
});

describe('joinFragments', () => {
  it('turns the comma before a split attribution into a full stop when a new sentence follows', () => {
    expect(joinFragments(['It is over,', 'We go home now.'])).toBe('It is over. We go home now.');
    expect(joinFragments(['We are,', 'going to win.'])).toBe('We are going to win.');
  });
});
