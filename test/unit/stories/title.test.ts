import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { looksLikeHeadline, storyTitle, stripSiteSuffix } from '../../../lambdas/pipeline/stories/title.js';
import { QUAKE_VELMORA } from './fixtures.js';
import { findFigureDisputes, statesDisputedValue } from '../../../lambdas/pipeline/figures/disputes.js';

const withTitle = (a: Article, title: string | undefined): Article => {
  const { title: _drop, ...rest } = a;
  return title === undefined ? rest : { ...rest, title };
};

describe('storyTitle', () => {
  it('picks one of the real headlines', () => {
    const titles = QUAKE_VELMORA.map((x) => x.title);
    expect(titles).toContain(storyTitle(QUAKE_VELMORA));
  });

  it('prefers the headline closest to what the story is about', () => {
    const arts = [
      withTitle(QUAKE_VELMORA[0]!, 'Our reporters around the region today'),
      withTitle(QUAKE_VELMORA[1]!, 'Velmora earthquake kills 14, mayor says harbour worst hit'),
      QUAKE_VELMORA[2]!,
    ];
    expect(storyTitle(arts)).toBe('Velmora earthquake kills 14, mayor says harbour worst hit');
  });

  it('never uses a boilerplate-like title', () => {
    const arts = [
      withTitle(QUAKE_VELMORA[0]!, 'Updated: 12 March 2024 10:15 GMT'),
      withTitle(QUAKE_VELMORA[1]!, 'Subscribe to our newsletter'),
      withTitle(QUAKE_VELMORA[2]!, 'Velmora mourns 14 dead after the quake | The Metro Wire'),
    ];
    expect(storyTitle(arts)).toBe('Velmora mourns 14 dead after the quake');
  });

  it('falls back to a shortened lead sentence when no article has a usable title', () => {
    const arts = QUAKE_VELMORA.map((x) => withTitle(x, undefined));
    const t = storyTitle(arts);
    expect(t.length).toBeLessThanOrEqual(100);
    expect(arts.some((x) => x.text.replace(/\s+/g, ' ').startsWith(t.replace(/…$/, '')))).toBe(true);
    expect(t).toMatch(/Velmora|earthquake/);
  });

  it('is empty only when there is no text at all', () => {
    expect(storyTitle([{ id: 'e', source: 's', text: '', format: 'txt' }])).toBe('');
  });
});

describe('looksLikeHeadline', () => {
  it('rejects datelines, timestamps, furniture and fragments', () => {
    for (const t of ['APR 28', 'Tuesday, 3 March 2009 20:41 EST', 'Sign in to comment', 'Advertisement', 'Home', 'www.example.com news']) {
      expect(looksLikeHeadline(t)).toBe(false);
    }
  });
  it('accepts ordinary headlines', () => {
    expect(looksLikeHeadline('Two men rob bank on Carrow Street')).toBe(true);
    expect(looksLikeHeadline('Magnitude 6.2 quake kills 14 in Velmora')).toBe(true);
  });
  it('strips a site name after a separator', () => {
    expect(stripSiteSuffix('Bank robbed on Carrow Street - Evening Post')).toBe('Bank robbed on Carrow Street');
    expect(stripSiteSuffix('Rescue - update')).toBe('Rescue - update');
  });
});

describe('a title that takes no side in a disputed figure', () => {
  const flood = (id: string, title: string, text: string): Article => ({ id, source: id, format: 'txt', title, text });
  const arts = [
    flood('a', 'About 1,200 people evacuated as the Orm bursts its banks', 'The council said about 1,200 people were evacuated from Halby when the river Orm burst its banks.'),
    flood('b', 'Halby evacuated as the river Orm floods the old town', 'The rescue service said nearly 2,000 people left Halby as the river Orm flooded the old town.'),
  ];
  it('passes over a headline that states one side, when another does not', () => {
    const figures = findFigureDisputes(arts);
    expect(figures.map((f) => f.values.map((v) => v.value))).toEqual([[1200, 2000]]);
    expect(storyTitle(arts, undefined, statesDisputedValue(figures))).toBe('Halby evacuated as the river Orm floods the old town');
    expect(statesDisputedValue([])).toBeUndefined();
    // Any number counts, a counted noun or not.
    expect(statesDisputedValue(figures)!('Mayor: 2,000 out of their homes')).toBe(true);
  });
  it('keeps such a headline when every headline states a side', () => {
    const sided = [arts[0]!, { ...arts[1]!, title: 'Nearly 2,000 people leave Halby as the Orm floods' }];
    const figures = findFigureDisputes(sided);
    expect(storyTitle(sided, undefined, statesDisputedValue(figures))).toMatch(/1,200|2,000/);
  });
});

