import { describe, expect, it } from 'vitest';
import { cleanLine, countOf, formatCount, formatDate, httpUrl, joinList, listSeparator, truncate } from '../../../lambdas/render/format.js';

describe('format helpers', () => {
  it('joins lists the way a sentence does', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['A'])).toBe('A');
    expect(joinList(['A', 'B'])).toBe('A and B');
    expect(joinList(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
    expect(['A', 'B', 'C'].map((x, i) => x + listSeparator(i, 3)).join('')).toBe('A, B and C');
  });

  it('pluralises and groups thousands', () => {
    expect(countOf(1, 'story', 'stories')).toBe('1 story');
    expect(countOf(0, 'story', 'stories')).toBe('0 stories');
    expect(countOf(2, 'outlet')).toBe('2 outlets');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('keeps only absolute http(s) URLs', () => {
    expect(httpUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(httpUrl(' HTTP://A.example ')).toBe('http://a.example/');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', '/relative', 'ftp://a.example', 'http://', '', null, undefined]) {
      expect(httpUrl(bad)).toBeNull();
    }
  });

  it('cleans control characters and line breaks out of one line', () => {
    expect(cleanLine('a\r\nb\tc\u0000d\u2028e  \u200bf')).toBe('a b c d e f');
    expect(cleanLine(null)).toBe('');
  });

  it('truncates at a word boundary with an ellipsis', () => {
    const t = truncate('one two three four five six seven', 20);
    expect(Array.from(t).length).toBeLessThanOrEqual(20);
    expect(t).toBe('one two three four…');
    expect(truncate('short', 20)).toBe('short');
  });

  it('formats the digest day without locale data', () => {
    expect(formatDate('2025-03-14')).toBe('Friday, 14 March 2025');
    expect(formatDate('2024-02-30')).toBe('2024-02-30');
    expect(formatDate('yesterday\n')).toBe('yesterday');
  });
});
