import { describe, expect, it } from 'vitest';
import { BoundedCache, boundedMemo, RepeatCache } from '../../../lambdas/pipeline/bounded-cache.js';

describe('boundedMemo', () => {
  it('computes each key once while it is remembered, and gives the computed answer', () => {
    const calls: string[] = [];
    const upper = boundedMemo((k) => (calls.push(k), k.toUpperCase()), 10);
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('remembers falsy answers too (null, empty string) instead of computing them again', () => {
    let n = 0;
    const none = boundedMemo(() => (n++, null), 10);
    none('x');
    none('x');
    expect(n).toBe(1);
  });

  it('forgets everything when the limit is reached, so memory stays bounded, and recomputes on demand', () => {
    const calls: string[] = [];
    const id = boundedMemo((k) => (calls.push(k), k), 2);
    id('a');
    id('b');
    id('c'); // the map held 2: cleared, then c stored
    id('a'); // forgotten: computed again
    id('c'); // remembered
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('as a cache object: forgets everything on clear() and computes again', () => {
    const calls: string[] = [];
    const cache = new BoundedCache((k) => (calls.push(k), k.length), 10);
    expect([cache.get('ab'), cache.get('ab')]).toEqual([2, 2]);
    cache.clear();
    expect(cache.get('ab')).toBe(2);
    expect(calls).toEqual(['ab', 'ab']);
  });
});

describe('RepeatCache', () => {
  it('keeps an answer from the second ask on: a text seen once is computed, not kept', () => {
    const calls: string[] = [];
    const cache = new RepeatCache((k) => (calls.push(k), k.toUpperCase()), 10);
    expect(['a', 'b', 'a', 'a', 'a', 'b', 'b'].map((k) => cache.get(k))).toEqual(['A', 'B', 'A', 'A', 'A', 'B', 'B']);
    // a: first ask, second ask (kept), then remembered; b likewise.
    expect(calls).toEqual(['a', 'b', 'a', 'b']);
  });

  it('stays bounded: the keys it has noted and the answers it keeps start over at the limit', () => {
    const calls: string[] = [];
    const cache = new RepeatCache((k) => (calls.push(k), k), 2);
    for (const k of ['a', 'b', 'c', 'a', 'a']) cache.get(k);
    // c cleared the noted keys (a, b): a is a first ask again, then a second one.
    expect(calls).toEqual(['a', 'b', 'c', 'a', 'a']);
    cache.get('a');
    expect(calls).toHaveLength(5);
  });
});

