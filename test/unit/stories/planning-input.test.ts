/**
 * Planning from inputs computed where the articles were read (the parse workers) is planning from the articles: the
 * same copies, the same stories. An input counted under other term options is not used (the terms are counted
 * again), and an article without an input is computed on the spot, so a day may mix both.
 */
import { describe, expect, it } from 'vitest';
import { planStories } from '../../../lambdas/pipeline/index.js';
import { DayContext } from '../../../lambdas/pipeline/day-context.js';
import { clusterStoriesDetailed, planningInput } from '../../../lambdas/pipeline/stories/index.js';
import type { Article, PlanningInput } from '../../../lambdas/pipeline/model.js';
import { generatedDay } from '../parallel/fixtures/day.js';

const articles = generatedDay();
const inputs = new Map(articles.map((a) => [a.id, planningInput(a)] as const));

describe('planning inputs', () => {
  it('give the plan the articles give', () => {
    const plain = planStories(articles);
    // The day must have copies and stories of several articles, or equality proves little.
    expect(plain.copies.size).toBeGreaterThan(0);
    expect(plain.groups.filter((g) => g.length >= 3).length).toBeGreaterThanOrEqual(3);
    const fromInputs = planStories(articles, new DayContext(), (a) => inputs.get(a.id));
    expect(fromInputs.groups).toEqual(plain.groups);
    expect([...fromInputs.copies]).toEqual([...plain.copies]);
  });

  it('may cover only part of the day', () => {
    const half = (a: Article): PlanningInput | undefined => (articles.indexOf(a) % 2 === 0 ? inputs.get(a.id) : undefined);
    expect(planStories(articles, new DayContext(), half).groups).toEqual(planStories(articles).groups);
  });

  it('are used only under the term options they were counted with', () => {
    const params = { leadWeight: 5, leadChars: 100 };
    const fresh = clusterStoriesDetailed(articles, params).groups;
    // Inputs counted under the defaults, every one given the first article's terms: were they used, the whole day
    // would read as one story.
    const first = inputs.get(articles[0]!.id)!;
    const same = articles.map((a) => ({ ...inputs.get(a.id)!, terms: first.terms, termCounts: first.termCounts, termKinds: first.termKinds }));
    expect(clusterStoriesDetailed(articles, params, undefined, undefined, same).groups).toEqual(fresh);
    expect(clusterStoriesDetailed(articles, {}, undefined, undefined, same).groups.length).toBeLessThan(clusterStoriesDetailed(articles).groups.length);
  });

  it('pack terms that round-trip, kinds and counts included', () => {
    const input = planningInput({ title: 'Quake hits Kelby', text: 'A magnitude 6.1 quake hit Kelby on Saturday, officials in Kelby said.' });
    const terms = input.terms.split(' ');
    expect(terms).toContain('quak');
    expect(terms.length).toBe(input.termCounts.length);
    expect(input.termKinds[terms.indexOf('kelbi')]).toBe(1); // a name
    expect(input.termKinds[terms.indexOf('61')]).toBe(2); // a number
    expect(input.dates).toEqual([['wd:saturday', 1]]);
    expect(input.signature).not.toBeNull();
  });
});
