import { describe, expect, it } from 'vitest';
import { displayName, outletKey, unifyOutlets } from '../../../lambdas/pipeline/outlets.js';
import type { Article } from '../../../lambdas/pipeline/model.js';

const article = (id: string, source: string): Article => ({ id, source, format: 'txt', text: 'x' });

describe('outlets', () => {
  it('keys spellings of one outlet alike', () => {
    expect(outletKey('Harbor Times')).toBe('harbor-times');
    expect(outletKey('harbor_times')).toBe('harbor-times');
    expect(outletKey('The Harbor Times')).toBe('harbor-times');
    expect(outletKey('Café Ñews')).toBe('cafe-news');
    expect(outletKey('Harbor Tribune')).not.toBe(outletKey('Harbor Times'));
  });

  it('shows one outlet under its most readable name', () => {
    const out = unifyOutlets([
      article('harbor-times/a.txt', 'harbor-times'),
      article('harbor-times/b.html', 'Harbor Times'),
      article('daily-ledger/c.txt', 'daily-ledger'),
      article('x.txt', 'Wire'),
    ]);
    expect(out.map((a) => a.source)).toEqual(['Harbor Times', 'Harbor Times', 'Daily Ledger', 'Wire']);
    expect(out.map((a) => a.id)).toEqual(['harbor-times/a.txt', 'harbor-times/b.html', 'daily-ledger/c.txt', 'x.txt']);
  });

  it('turns slugs into words but leaves real names alone', () => {
    expect(displayName('metro_herald')).toBe('Metro Herald');
    expect(displayName('BBC')).toBe('BBC');
    expect(displayName('reuters')).toBe('reuters');
    expect(displayName('De Tijd')).toBe('De Tijd');
  });
});
