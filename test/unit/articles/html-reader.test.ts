import { describe, expect, it } from 'vitest';
import { fixture, readOk, readSkipped } from './helpers.js';

const PARAS = [
  'The regional airport will open a second runway in June, the airport operator announced on Thursday morning.',
  'The runway took three years to build and will allow larger aircraft to land in poor weather, the operator said.',
  'Local residents have complained about noise, and the operator said it would fund new windows for nearby homes.',
  'Flights to four new destinations are expected to start in the autumn, according to a schedule published on the website.',
];

function page(head: string, extra = ''): string {
  return `<!DOCTYPE html><html><head>${head}</head><body><article><h1>Airport Opens Second Runway</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}${extra}</article></body></html>`;
}

describe('html reader', () => {
  it('reads a one-line brief whose page title is a date, where Readability picks the footer, as its headline', () => {
    // Readability weighs paragraphs by length: on this page it chose the footer's weather line. The brief's only
    // line is in Title Case, which the cleaner takes for a label near the top when the given title is no headline.
    const article = readOk('brief-footer.html', fixture('brief-footer.html'));
    expect(article.text).toBe('Regional Council Approves New Flood Barrier For Old Harbour!');
    expect(article.text).not.toMatch(/Weather|Sign up/);
  });

  it('reads title, site, canonical URL, time and author from meta tags, text by paragraph', () => {
    const article = readOk('page.html', fixture('page.html'));
    expect(article.format).toBe('html');
    expect(article.title).toBe('Museum returns stolen painting');
    expect(article.source).toBe('Coastal Herald');
    expect(article.url).toBe('https://herald.example/culture/painting-returned');
    expect(article.publishedAt).toBe('2025-02-14T08:00:00+01:00');
    expect(article.author).toBe('Pieter Hals');
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      "The museum's director, Sofie Brink, said the canvas was in remarkably good condition and would go on display again in the spring.",
    );
    // Navigation, sub-heading, caption and footer are not article text; the title is not repeated.
    expect(article.text).not.toMatch(/Home|Culture|A Long Search|Photo:|All rights reserved|Museum returns stolen painting/);
  });

  it('skips a page without an article', () => {
    expect(readSkipped('nav-only.html', fixture('nav-only.html'))).toBe('no article text found');
  });

  it('falls back to <title> minus the site name, og:url and JSON-LD', () => {
    const head =
      '<title>Airport Opens Second Runway - Valley Times</title><meta property="og:url" content="https://valley.example/runway">' +
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Airport Opens Second Runway",' +
      '"datePublished":"2025-05-01T10:00:00Z","author":{"@type":"Person","name":"Rui Costa"},"publisher":{"@type":"Organization","name":"Valley Times"}}</script>';
    const article = readOk('valley/runway.htm', page(head));
    expect(article.title).toBe('Airport Opens Second Runway');
    expect(article.source).toBe('Valley Times');
    expect(article.url).toBe('https://valley.example/runway');
    expect(article.publishedAt).toBe('2025-05-01T10:00:00Z');
    expect(article.author).toBe('Rui Costa');
    expect(article.text.split('\n')).toEqual(PARAS);
  });

  it('drops javascript: and data: URLs and derives the source from the folder', () => {
    const head =
      '<title>Airport Opens Second Runway</title><link rel="canonical" href="javascript:alert(1)">' +
      '<meta property="og:url" content="data:text/html,hi">';
    const article = readOk('valley/runway.html', page(head));
    expect(article.url).toBeUndefined();
    expect(article.source).toBe('valley');
  });

  it('keeps metadata single-line and capped', () => {
    const long = 'Word '.repeat(200);
    const head = `<meta property="og:title" content="Airport&#10;Opens\nSecond Runway"><meta name="author" content="${long}">`;
    const article = readOk('r.html', page(head));
    expect(article.title).toBe('Airport Opens Second Runway');
    expect(article.author?.length).toBeLessThanOrEqual(200);
    expect(article.author).not.toMatch(/\n/);
  });
});
