import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';
import { deriveSource, isoDate, safeUrl, singleLine } from '../../../lambdas/pipeline/articles/metadata.js';
import { readOk, readSkipped, utf8 } from './helpers.js';

const SENTENCE = 'The library will extend its opening hours on weekends from next month, the council said.';

describe('readArticle', () => {
  it('skips unsupported file types with the extension in the reason', () => {
    expect(readSkipped('report.pdf', SENTENCE)).toBe('unsupported file type .pdf');
    expect(readSkipped('README', SENTENCE)).toBe('unsupported file type (no extension)');
  });

  it('dispatches on the extension case-insensitively and keeps the id as given', () => {
    const article = readOk('Desk/Story.TXT', SENTENCE);
    expect(article.id).toBe('Desk/Story.TXT');
    expect(article.format).toBe('txt');
  });

  it('never throws, whatever the bytes', () => {
    const inputs: Uint8Array[] = [
      new Uint8Array([0xff, 0xfe, 0x00]),
      new Uint8Array([0xfe, 0xff]),
      utf8('<html><body><p>'.repeat(500)),
      utf8('{"text": {"nested": true}}'),
      new Uint8Array(3000).map((_, i) => (i * 37) % 256),
    ];
    for (const bytes of inputs) {
      for (const id of ['a.txt', 'a.json', 'a.html']) {
        const result = readArticle({ id, bytes });
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.skipped.reason.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('source derivation', () => {
  it('prefers the declared source, then the first folder, then the stem', () => {
    expect(deriveSource('reuters/2025/a.txt', 'Declared Outlet')).toBe('Declared Outlet');
    expect(deriveSource('reuters/a.txt')).toBe('reuters');
    expect(deriveSource('reuters/2025/a.txt', '  ')).toBe('reuters');
    expect(deriveSource('bbc-story.txt')).toBe('bbc-story');
    expect(deriveSource('.hidden')).toBe('.hidden');
  });

  it('applies in readArticle: JSON source beats the folder', () => {
    expect(readOk('wire/x.json', JSON.stringify({ text: SENTENCE, source: 'Daily Wire\nService' })).source).toBe('Daily Wire Service');
    expect(readOk('wire/x.json', JSON.stringify({ text: SENTENCE })).source).toBe('wire');
    expect(readOk('bbc-story.txt', SENTENCE).source).toBe('bbc-story');
  });
});

describe('metadata helpers', () => {
  it('keeps only absolute http(s) URLs without credentials', () => {
    expect(safeUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    expect(safeUrl('  http://news.example/a  ')).toBe('http://news.example/a');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:void(0)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.example/a', '/relative', 'https://user:pw@evil.example/']) {
      expect(safeUrl(bad)).toBeUndefined();
    }
    expect(safeUrl('/a/b', 'https://news.example/x')).toBe('https://news.example/a/b');
  });

  it('makes values single-line, trimmed and capped', () => {
    expect(singleLine('  a\r\nb\t c  ', 50)).toBe('a b c');
    const capped = singleLine('word '.repeat(100), 40);
    expect(capped?.length).toBeLessThanOrEqual(40);
    expect(capped?.endsWith('…')).toBe(true);
  });

  it('normalises dates to ISO 8601 without depending on the local time zone', () => {
    expect(isoDate('2025-03-02')).toBe('2025-03-02');
    expect(isoDate('2025-03-02T09:30:00+02:00')).toBe('2025-03-02T09:30:00+02:00');
    expect(isoDate('Sun, 02 Mar 2025 09:30:00 GMT')).toBe('2025-03-02T09:30:00.000Z');
    expect(isoDate('March 2')).toBeUndefined();
    expect(isoDate('2025-13-45')).toBeUndefined();
  });

  it('refuses a day the calendar does not have instead of rolling it into the next month', () => {
    expect(isoDate('2026-02-31')).toBeUndefined();
    expect(isoDate('2025-04-31T08:00:00+02:00')).toBeUndefined();
    expect(isoDate('Tue, 31 Feb 2026 10:00:00 GMT')).toBeUndefined();
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate('Thu, 29 Feb 2024 10:00:00 GMT')).toBe('2024-02-29T10:00:00.000Z');
  });
});
