import { describe, expect, it } from 'vitest';
import { LocalIds } from '../../../lambdas/pipeline/text/local-ids.js';

describe('LocalIds', () => {
  it('gives each distinct string the next id, the same id again for a repeat, and keeps the strings by id', () => {
    const ids = new LocalIds();
    expect(['harbor', 'bridge', 'harbor', 'toll', 'bridge'].map((s) => ids.id(s))).toEqual([0, 1, 0, 2, 1]);
    expect(ids.size).toBe(3);
    expect(ids.texts).toEqual(['harbor', 'bridge', 'toll']);
  });
});
