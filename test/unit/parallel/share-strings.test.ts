/**
 * shareStrings swaps a cloned story's strings for equal ones: the story must stay the same value (digest.json the
 * same bytes), ids the main thread does not know are left as they came, and only the small vocabulary (outlets,
 * speakers, kinds) is pooled across stories, never the wordings or the ids.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../lambdas/pipeline/index.js';
import { shareStrings, StringPool } from '../../../lambdas/parallel/share-strings.js';
import { generatedDay } from './fixtures/day.js';

describe('shareStrings', () => {
  it('leaves every story of a generated day the same value, byte for byte', () => {
    const articles = generatedDay();
    const digest = buildDigest(articles, { date: '2026-05-03' });
    expect(digest.stories.some((s) => s.figures.length > 0)).toBe(true);
    expect(digest.stories.some((s) => s.articles.some((a) => a.copyOf))).toBe(true);
    const ids = new StringPool(articles.map((a) => a.id));
    const names = new StringPool();
    for (const story of digest.stories) {
      const copy = structuredClone(story);
      expect(JSON.stringify(shareStrings(copy, ids, names), null, 2)).toBe(JSON.stringify(story, null, 2));
    }
    // Outlets, speakers, kinds: a handful, not one per statement.
    const statements = digest.stories.reduce((n, s) => n + s.statements.length, 0);
    expect(names.size).toBeGreaterThan(3);
    expect(names.size).toBeLessThan(statements);
    expect(ids.size).toBe(articles.length);
  });

  it('an id the pool does not hold stays as it came, and the pool does not grow', () => {
    const ids = new StringPool(['a/1.txt']);
    const story = {
      id: 's1',
      title: 'T',
      articles: [{ id: 'b/2.txt', source: 'B', title: null, url: null, copyOf: 'a/1.txt', publishedAt: null }],
      statements: [{ text: 'Said so.', kind: 'claim' as const, speaker: null, articles: ['b/2.txt'], variants: [{ article: 'b/2.txt', text: 'Said so.' }], sources: ['B'], score: 1, key: true }],
      figures: [],
    };
    const before = structuredClone(story);
    expect(shareStrings(story, ids, new StringPool())).toEqual(before);
    expect(ids.size).toBe(1);
  });

  it('StringPool.share keeps the first string of a value; lookup never adds one', () => {
    const pool = new StringPool(['x']);
    expect(pool.share('y')).toBe('y');
    expect(pool.share('y')).toBe('y');
    expect(pool.lookup('z')).toBe('z');
    expect(pool.size).toBe(2);
  });
});
