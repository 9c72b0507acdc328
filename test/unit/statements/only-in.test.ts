import { describe, expect, it } from 'vitest';
import { mergeStory, rankStory } from '../../../lambdas/pipeline/statements/build.js';
import { ECHO_SCORE } from '../../../lambdas/pipeline/statements/echo.generated.js';
import type { Compare } from '../../../lambdas/pipeline/statements/match.js';
import type { Article } from '../../../lambdas/pipeline/model.js';

const article = (id: string, source: string, text: string): Article => ({ id, source, format: 'txt', text });

/**
 * Two outlets with the same lead, each with a later sentence the other words differently (leads that come close
 * are merged: merge.ts). The pair decision is injected (what the
 * classifier would score such a pair is not what this test is about): the two sentences score `score`, never a
 * duplicate; every other pair scores 0.
 */
function onlyInOf(score: number): Array<[string, string | null | undefined]> {
  const compare: Compare = (a, b) => ({ duplicate: false, score: /blaze/.test(a) !== /blaze/.test(b) && /blaze|fire/.test(a) && /blaze|fire/.test(b) ? score : 0 });
  const story = mergeStory([
    article('a', 'Harbour Post', 'Quay Street was closed to traffic for most of Monday.\n\nThe blaze started in a bakery on Quay Street before dawn on Monday.\n\nThe mayor will visit on Friday to meet the owners.'),
    article('b', 'Valley Times', 'Quay Street was closed to traffic for most of Monday.\n\nA fire was reported at the Quay Street bakery early on Monday morning.\n\nA new ferry timetable starts in June for the islands.'),
  ], new Map(), { compare });
  return rankStory(story).map((s) => [s.text, s.onlyIn]);
}

describe('"only in" one outlet', () => {
  it('is claimed for a statement no other report comes close to', () => {
    const labels = onlyInOf(0);
    expect(labels.find(([t]) => /mayor/.test(t))?.[1]).toBe('Harbour Post');
    expect(labels.find(([t]) => /blaze/.test(t))?.[1]).toBe('Harbour Post');
  });
  it('is not claimed when another report has a sentence scoring at least the echo score, though not merged', () => {
    const labels = onlyInOf(ECHO_SCORE);
    expect(labels.find(([t]) => /blaze/.test(t))?.[1]).toBeNull();
    expect(labels.find(([t]) => /fire was reported/.test(t))?.[1]).toBeNull();
    // The statements nobody echoes keep their label.
    expect(labels.find(([t]) => /mayor/.test(t))?.[1]).toBe('Harbour Post');
    expect(labels.find(([t]) => /ferry/.test(t))?.[1]).toBe('Valley Times');
    expect(onlyInOf(ECHO_SCORE - 0.01).find(([t]) => /blaze/.test(t))?.[1]).toBe('Harbour Post');
  });
});
