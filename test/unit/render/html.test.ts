import { describe, expect, it } from 'vitest';
import { dayDigest, emptyDigest, HOSTILE, hostileDigest, OPTS } from './fixture.js';
import { loadRender } from './built.js';

const { renderHtml } = await loadRender();

/** Text content of the HTML with tags dropped and the entities Handlebars emits decoded, for content checks. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('renderHtml', () => {
  const html = renderHtml(dayDigest(), OPTS);
  const text = visibleText(html);

  it('is an English, responsive document that supports light and dark mode', () => {
    expect(html).toMatch(/<html[^>]*\blang="en"/);
    expect(html).toContain('<meta name="color-scheme" content="light dark"');
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toMatch(/<meta name="viewport"/);
    expect(html).toContain('<title>Riverton council approves harbour budget after all-night session + 2 more stories</title>');
    expect(html).not.toMatch(/<img\b/);
    // Nothing is fetched when the email is opened: no web fonts, no remote stylesheets.
    expect(html).not.toMatch(/<link\b|@import|fonts\.googleapis/);
  });

  it('links only to http(s) URLs', () => {
    const hrefs = [...renderHtml(hostileDigest(), OPTS).matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  it('keeps the indentation mjml emits out of the HTML (it counts against Gmail’s 102 KB)', () => {
    expect(html).not.toMatch(/\n\s{2,}</);
    expect(Buffer.byteLength(html)).toBeLessThan(20_000);
  });

  it('shows the header, every story with headings, and the key statements only', () => {
    expect(html).toMatch(/<h1[^>]*>Friday, 14 March 2025<\/h1>/);
    expect(text).toContain('8 articles read · 4 outlets · 3 stories · 5 statements merged');
    const h2 = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual([
      'Riverton council approves harbour budget after all-night session',
      'Library extends weekend opening hours',
      'Also reported by one outlet',
    ]);
    expect(text).toContain('The budget adds two night ferries from March. (1 outlet)');
    expect(text).toContain('New “We will not raise the ferry fares this year.”');
    expect(text).toContain('— Mayor Ana Ruiz · 4 outlets: Harbor Daily, The Valley Post, Metro Wire and Sketchy Site · paraphrased');
    expect(text).not.toContain('A statement the ranking did not pick.');
  });

  it('marks continuing stories, new statements and single-outlet details in words, not colour alone', () => {
    expect(text).toContain('Continuing Riverton council approves');
    expect(text).toContain('Continuing from Thursday, 13 March 2025: “Riverton council debates harbour budget”. 1 new statement since then, marked “New”.');
    expect(html.match(/<span class="nd-new">New<\/span>/g)).toHaveLength(1);
    expect(html.match(/<h3[^>]*>What single reports add<\/h3>/g)).toHaveLength(1);
    expect(text).toContain('What single reports add Only in Metro Wire: The vote ended shortly after five in the morning.');
    expect(html.match(/Library extends weekend opening hours/g)).toHaveLength(1);
  });

  it('lists one-outlet stories compactly at the end, linked to the article', () => {
    const at = html.indexOf('Also reported by one outlet');
    expect(at).toBeGreaterThan(html.indexOf('Library extends weekend opening hours'));
    expect(html.slice(at)).toMatch(/<a href="https:\/\/harbor\.example\/storm">Storm closes the coastal highway for a second day<\/a>/);
    expect(text).toContain('Storm closes the coastal highway for a second day — Harbor Daily Crews expect to reopen one lane by Friday.');
  });

  it('links outlets to their http(s) articles only', () => {
    expect(html).toContain('href="https://harbor.example/budget"');
    expect(html).toContain('href="http://valley.example/news/42"');
    expect(html).not.toMatch(/href="(javascript|ftp|data):/i);
    expect(text).toContain('4 outlets: Harbor Daily, The Valley Post, Metro Wire and Sketchy Site');
  });

  it('has a "Where reports differ" box only where figures differ', () => {
    expect(html.match(/<h3[^>]*>Where reports differ<\/h3>/g)).toHaveLength(1);
    expect(text).toContain('300 — Harbor Daily and Metro Wire (according to city police)');
    expect(text).toContain('about 2,000 — The Valley Post (according to the organisers)');
  });

  it('has the footer: reason, view in browser and unsubscribe', () => {
    expect(text).toContain('You are receiving this email because');
    expect(html).toMatch(/<a [^>]*href="https:\/\/digest\.example\/2025-03-14"[^>]*>View in browser<\/a>/);
    expect(html).toMatch(/<a [^>]*href="http:\/\/localhost:8080\/unsubscribe\?u&#x3D;test"[^>]*>Unsubscribe<\/a>/);
    const noArchive = renderHtml(dayDigest(), { unsubscribeUrl: OPTS.unsubscribeUrl });
    expect(noArchive).not.toContain('View in browser');
  });

  it('renders a day without stories', () => {
    const empty = renderHtml(emptyDigest(), OPTS);
    expect(empty).toContain('No story was reported');
    expect(empty).not.toMatch(/<h2/);
    expect(html).not.toContain('No story was reported');
  });

  it('shows hostile article text only escaped', () => {
    const hostile = renderHtml(hostileDigest(), OPTS);
    expect(hostile).not.toContain('<script');
    expect(hostile).not.toContain('</mj-text>');
    expect(hostile).not.toContain('<mj-raw>');
    expect(hostile).not.toMatch(/<img\b/);
    expect(hostile).not.toContain('onerror=alert');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    // Handlebars syntax in data is printed, never evaluated.
    const shown = visibleText(hostile);
    expect(shown).toContain(HOSTILE.handlebars);
    expect(shown).toContain(HOSTILE.mjml);
    expect(shown).toContain(HOSTILE.attribute);
    expect(shown).toContain('Breaking Bcc: evil@x');
  });
});
