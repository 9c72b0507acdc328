import { describe, expect, it } from 'vitest';
import { mergeStory } from '../../../lambdas/pipeline/statements/build.js';
import { ECHO_SCORE } from '../../../lambdas/pipeline/statements/echo.generated.js';
import type { Compare } from '../../../lambdas/pipeline/statements/match.js';
import type { Article } from '../../../lambdas/pipeline/model.js';

const article = (id: string, text: string): Article => ({ id, source: id, format: 'txt', text });

/** Every pair of sentences naming the bakery scores `score` (never a duplicate); other pairs score 0. */
const scoring = (score: number): Compare => (a, b) => ({ duplicate: false, score: /bakery/.test(a) && /bakery/.test(b) ? score : 0 });

const groupsOf = (articles: Article[], score: number): string[][] =>
  mergeStory(articles, new Map(), { compare: scoring(score) }).groups.map((g) => g.articles);

describe('leads: each article\'s first statement tells the core fact', () => {
  it('merges two leads that come as close as the echo score, though below the duplicate threshold', () => {
    const leads = [
      article('a', 'A fire destroyed the old bakery on Quay Street before dawn on Monday.\n\nThe mayor will visit on Friday.'),
      article('b', 'The Quay Street bakery burned down early on Monday, firefighters said.\n\nA ferry timetable starts in June.'),
    ];
    expect(groupsOf(leads, ECHO_SCORE)).toContainEqual(['a', 'b']);
    expect(groupsOf(leads, ECHO_SCORE - 0.01)).not.toContainEqual(['a', 'b']);
  });
  it('holds later sentences to the duplicate decision', () => {
    const later = [
      article('a', 'Quay Street was closed on Monday.\n\nA fire destroyed the old bakery on Quay Street before dawn.'),
      article('b', 'Traffic was diverted through the town centre.\n\nThe Quay Street bakery burned down early on Monday.'),
    ];
    expect(groupsOf(later, ECHO_SCORE)).not.toContainEqual(['a', 'b']);
  });
});
