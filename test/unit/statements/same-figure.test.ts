import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../../lambdas/pipeline/model.js';
import { mergeStatements } from '../../../lambdas/pipeline/statements/merge.js';
import { readFigures, statesSameFigures } from '../../../lambdas/pipeline/figures/figure-match.js';
import { extractQuantities } from '../../../lambdas/pipeline/figures/quantities.js';
import { sentencesOf } from '../../../lambdas/pipeline/text/sentences.js';

const art = (id: string, text: string): Article => ({ id, source: id.split('/')[0]!, format: 'txt', text });
const sentences = (...articles: Article[]): Sentence[] => articles.flatMap((a) => sentencesOf(a));
const figures = (text: string) => readFigures((t) => extractQuantities(t), text);
const same = (a: string, b: string) => statesSameFigures(figures(a), figures(b), 0.1);

// Two invented outlets telling one fact of an invented recount in their own words: few words shared but the figure.
const A = art('north-post/1.txt', 'The recount in Velde confirmed the mayor by 43 votes.\nThe count was finished on Tuesday night.\nAt least 540 ballots were set aside by the electoral officers in Velde.');
const B = art('velde-times/1.txt', 'Officials finished the Velde recount late on Tuesday.\nThe mayor kept her seat by 43 votes.\nOfficials threw out 540 ballots, mostly for stray marks.');

describe('one fact told with the same figure', () => {
  it('is one statement when two reports state the same specific figure of the same thing', () => {
    const groups = mergeStatements(sentences(A, B), { articleOrder: [A.id, B.id] });
    const ballots = groups.filter((g) => /540 ballots/.test(g.text));
    expect(ballots).toHaveLength(1);
    expect(ballots[0]!.articles).toEqual([A.id, B.id]);
  });

  it('is two statements when the figures are not read (the wording alone keeps them apart)', () => {
    const groups = mergeStatements(sentences(A, B), { articleOrder: [A.id, B.id], quantities: () => [] });
    expect(groups.filter((g) => /540 ballots/.test(g.text))).toHaveLength(2);
  });

  it('states the same figures: a value within rounding of an approximate one, a subset, a figure without its noun', () => {
    expect(same('About 300 workers will lose their jobs.', 'The firm said 312 workers would go.')).toBe(true);
    expect(same('The union said 1,900 workers would go.', 'The company said 1,150 workers would go, not the 1,900 workers the union claims.')).toBe(true);
    expect(same('The reservoir was at 31 percent of capacity.', 'Farmers say it held 31 percent.')).toBe(true);
  });

  it('states the same large number counted in other nouns, when each sentence gives that one figure', () => {
    expect(same('About 1,150 posts will go, the company said.', 'Management put the number of jobs going at 1,150.')).toBe(true);
    expect(same('The farm can power 500,000 households.', 'It makes enough electricity for half a million homes.')).toBe(true);
    // A second figure says something more; a small count recurs by chance.
    expect(same('About 1,150 posts will go.', 'The union says 1,150 jobs will go and 300 contractors will lose work.')).toBe(false);
    expect(same('Some 45 people were on the coach.', 'The operator said it had sold 45 tickets.')).toBe(false);
  });

  it('does not: other values, other things counted, another unit, or only a small count', () => {
    expect(same('The union said 1,900 workers would go.', 'The company said 1,150 workers would go.')).toBe(false);
    expect(same('Police said 45 people were on the coach.', 'The operator said it had sold 45 tickets.')).toBe(false);
    expect(same('The deal is worth 40 million euros.', 'The deal is worth 40 million kroner.')).toBe(false);
    expect(same('Three people were hurt in the crash.', 'Three people were taken to hospital.')).toBe(false);
    expect(same('The storm hit the coast.', 'The storm hit the coast.')).toBe(false);
  });
});
