import { describe, expect, it } from 'vitest';
import { sameFigurePairs } from '../../../lambdas/pipeline/statements/figure-candidates.js';
import { mergeStory, rankStory } from '../../../lambdas/pipeline/statements/build.js';
import type { ReadFigure } from '../../../lambdas/pipeline/figures/figure-match.js';
import type { Article } from '../../../lambdas/pipeline/model.js';

const figure = (value: number, kind: ReadFigure['kind'] = 'count', measure: ReadFigure['measure'] = 'total', unit: string | null = null): ReadFigure =>
  ({ value, kind, measure, unit, key: `${kind}:${unit ?? ''}:x` }) as unknown as ReadFigure;

describe('sameFigurePairs', () => {
  it('pairs units that give the same figure, and only those', () => {
    const pairs = sameFigurePairs([[figure(340)], [figure(480)], [figure(340)], [figure(340, 'count', 'rate')], [figure(340, 'money', 'total', 'kestas')], []], 10);
    expect(pairs).toEqual([[0, 2]]);
  });
  it('bounds the work per unit in a crowded bucket, each unit still meeting the first ones', () => {
    const pairs = sameFigurePairs(Array.from({ length: 50 }, () => [figure(1200)]), 3);
    expect(pairs.length).toBe(1 + 2 + 47 * 3);
    for (let j = 1; j < 50; j++) expect(pairs.some(([a, b]) => a === 0 && b === j)).toBe(true);
  });
});

describe('two outlets giving one figure in words that share nothing rare', () => {
  it('meet and are one statement', () => {
    const lead = 'Merrin Shipyards lost a frigate order on Tuesday and will cut jobs at its Belvarro yard.';
    const article = (id: string, text: string): Article => ({ id, source: `Outlet ${id}`, format: 'txt', text });
    const statements = rankStory(
      mergeStory([
        article('a', `${lead}\n\nThe yard said 340 jobs would go.\n\nThe mayor called the news a disaster for the town.`),
        article('b', `${lead}\n\nThe company has put the number of redundancies at 340.\n\nShares fell sharply in early trading.`),
      ], new Map()),
    );
    const found = statements.filter((s) => /340/.test(s.text));
    expect(found).toHaveLength(1);
    expect(found[0]!.articles).toEqual(['a', 'b']);
  });
});
