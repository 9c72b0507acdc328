import { describe, expect, it } from 'vitest';
import { wrapParagraph } from '../../../lambdas/render/wrap.js';
import { dayDigest, emptyDigest, HOSTILE, hostileDigest, OPTS } from './fixture.js';
import { loadRender } from './built.js';

const { renderText } = await loadRender();

describe('wrapParagraph', () => {
  it('wraps at the width with indents and keeps long tokens whole', () => {
    const lines = wrapParagraph('aaa bbb ccc ddd eee', { width: 9, firstIndent: '1. ', indent: '   ' });
    expect(lines).toEqual(['1. aaa', '   bbb', '   ccc', '   ddd', '   eee']);
    const url = `https://x.example/${'p'.repeat(100)}`;
    expect(wrapParagraph(`see ${url} now`, { width: 40 })).toEqual(['see', url, 'now']);
  });
});

describe('renderText', () => {
  const text = renderText(dayDigest(), OPTS);
  const lines = text.split('\n');

  it('wraps every line at 78 columns', () => {
    const long = dayDigest();
    long.stories[0]!.statements[0]!.text = 'A very long quotation that keeps going '.repeat(12);
    for (const l of renderText(long, OPTS).split('\n')) expect(Array.from(l).length).toBeLessThanOrEqual(78);
    expect(lines.some((l) => l.length > 60)).toBe(true);
  });

  it('carries the same content as the HTML, written for reading', () => {
    expect(lines[0]).toBe('NEWS DIGEST - Friday, 14 March 2025');
    expect(lines[1]).toBe('8 articles read · 4 outlets · 3 stories · 5 statements merged');
    expect(text).toContain('   CONTINUING\n1. Riverton council approves harbour budget after all-night session');
    expect(text).toContain('2. Library extends weekend opening hours');
    expect(text).toContain('Continuing from Thursday, 13 March 2025');
    expect(text).toContain('   The budget adds two night ferries from March. (1 outlet)');
    expect(text).toContain('[NEW] “We will not raise the ferry fares this year.”');
    expect(text.replace(/\s+/g, ' ')).toContain('— Mayor Ana Ruiz · 4 outlets: Harbor Daily, The Valley Post, Metro Wire and Sketchy Site · paraphrased');
    expect(text).toContain('WHERE REPORTS DIFFER');
    expect(text).toContain('- 300 - Harbor Daily and Metro Wire (according to city police)');
    expect(text).toContain('WHAT SINGLE REPORTS ADD\n   - Only in Metro Wire: The vote ended shortly after five in the morning.');
    expect(text).toContain('ALSO REPORTED BY ONE OUTLET\n\n- Storm closes the coastal highway for a second day - Harbor Daily\n  Crews expect to reopen one lane by Friday.\n  https://harbor.example/storm');
    expect(text).not.toContain('A statement the ranking did not pick.');
    expect(text).not.toMatch(/<[a-z/]/i);
  });

  it('spells out the http(s) links and the footer links', () => {
    expect(text).toContain('- Harbor Daily: https://harbor.example/budget');
    expect(text).toContain('- Metro Wire: https://metro.example/late');
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('ftp://');
    expect(text).toContain('View in browser: https://digest.example/2025-03-14');
    expect(text).toContain(`Unsubscribe: ${OPTS.unsubscribeUrl}`);
  });

  it('prints hostile text as it is, one line per field', () => {
    const hostile = renderText(hostileDigest(), OPTS);
    expect(hostile).toContain(HOSTILE.script);
    expect(hostile).not.toContain('\r');
    expect(hostile).toContain('1. Breaking Bcc: evil@x');
  });

  it('renders a day without stories', () => {
    expect(renderText(emptyDigest(), OPTS)).toContain('No story was reported');
  });
});
