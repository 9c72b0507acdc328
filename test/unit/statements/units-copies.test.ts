/**
 * A verbatim copy's units are taken from its original's (merge.ts storyUnits): they must be exactly the units the
 * copy gets attributed on its own, with its own article id; an article that only opens like another does not share.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { mergeStatements } from '../../../lambdas/pipeline/statements/merge.js';
import { isStatement, unitsOfArticle } from '../../../lambdas/pipeline/statements/units.js';
import { sentencesOf } from '../../../lambdas/pipeline/text/sentences.js';

const art = (id: string, text: string): Article => ({ id, source: id.split('/')[0]!, format: 'txt', text });
const WIRE = [
  'Harbour Commissioner Ingrid Solberg on Monday defended closing the northern port for six weeks of repairs.',
  '“The pier is not safe for heavy ships,” she said. “We cannot wait for an accident.”',
  'Fishermen will be paid for every lost day, the commissioner added.',
].join('\n');
// Same opening, then a different speaker: a cache keyed on the opening alone would hand it the wire's units.
const LOOKALIKE = [
  'Harbour Commissioner Ingrid Solberg on Monday defended closing the northern port for six weeks of repairs.',
  '“The pier is not safe for heavy ships,” Mayor Tom Berg said. “We cannot wait for an accident.”',
  'Fishermen will be paid for every lost day, the commissioner added.',
].join('\n');

describe('units of a verbatim copy', () => {
  it('equal the units attributed to that article alone', () => {
    const articles = [art('alpha/1.txt', WIRE), art('bravo/1.txt', WIRE), art('charlie/1.txt', LOOKALIKE)];
    const groups = mergeStatements(articles.flatMap((a) => sentencesOf(a)), { articleOrder: articles.map((a) => a.id) });
    const key = (u: { article: string; index: number }): string => `${u.article}#${u.index}`;
    const got = groups.flatMap((g) => g.units).sort((x, y) => (key(x) < key(y) ? -1 : 1));
    const want = articles.flatMap((a) => unitsOfArticle(a.id, sentencesOf(a)).filter(isStatement)).sort((x, y) => (key(x) < key(y) ? -1 : 1));
    expect(got).toEqual(want);
    expect(got.filter((u) => u.article === 'charlie/1.txt').some((u) => u.speaker === 'Tom Berg')).toBe(true);
  });
});
