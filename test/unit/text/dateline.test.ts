import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { DATELINE, withoutDateline } from '../../../lambdas/pipeline/text/dateline.js';

describe('withoutDateline', () => {
  it('drops a dateline: a place in capitals, a date or an agency, a dash', () => {
    expect(withoutDateline('SANT OREL, June 8 (Nuntia) — Train drivers began a strike.')).toBe('Train drivers began a strike.');
    expect(withoutDateline('KYIV (Reuters) - Russia fired missiles.')).toBe('Russia fired missiles.');
    expect(withoutDateline('PARIS, May 3 — The president spoke.')).toBe('The president spoke.');
    expect(withoutDateline('PORT ESSARY, 21 Feb (Agency) — A ferry sank.')).toBe('A ferry sank.');
    expect(withoutDateline('WASHINGTON, D.C. (AP) — Lawmakers voted.')).toBe('Lawmakers voted.');
  });
  it('keeps a sentence that only opens with a capitalised word and a dash, or has no dateline', () => {
    expect(withoutDateline('NATO — the alliance said.')).toBe('NATO — the alliance said.');
    expect(withoutDateline('NATO - The alliance said.')).toBe('NATO - The alliance said.');
    expect(withoutDateline('The Quay Street fire - It started at dawn.')).toBe('The Quay Street fire - It started at dawn.');
    expect(withoutDateline('US-led forces advanced.')).toBe('US-led forces advanced.');
  });
  it('is safe from catastrophic backtracking (built with new RegExp, so checked here rather than by the ReDoS scan)', () => {
    expect(checkSync(DATELINE.source, DATELINE.flags, { timeout: 20_000 }).status).toBe('safe');
  });
});
