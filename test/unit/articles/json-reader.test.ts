import { describe, expect, it } from 'vitest';
import { fixture, readOk, readSkipped } from './helpers.js';
import { containsMarkup } from '../../../lambdas/pipeline/articles/html-text.js';

const BODY = 'The port authority said on Monday that cargo volumes rose for the fourth month in a row.';

describe('json reader', () => {
  it('reads metadata and HTML body, collapsing CR/LF in the title', () => {
    const article = readOk('outlet-a/story.json', fixture('outlet-a/story.json'));
    expect(article).toEqual({
      id: 'outlet-a/story.json',
      source: 'Northern Ledger',
      format: 'json',
      title: 'Rail strike ends after pay deal',
      url: 'https://ledger.example/rail-strike',
      publishedAt: '2025-03-02T09:30:00Z',
      author: 'Anna Lind',
      text:
        'Train drivers ended a five-day strike on Sunday after union leaders accepted a pay offer from the national operator.\n' +
        'Services will return to the normal timetable on Tuesday, the operator said, with some delays expected on Monday.',
    });
  });

  it('reads the text of a body whose markup opens more tags than any article without parsing it', () => {
    // 20,000 unclosed tags: past the guard a page meets before it is parsed, so the tags are stripped instead.
    const deep = JSON.stringify({ title: 'Deep', text: `<p>${BODY}</p>${'<div>'.repeat(20_000)}<p>Shipping lines expect the rise to last.</p>` });
    expect(readOk('outlet-a/deep.json', deep).text).toBe(`${BODY}\nShipping lines expect the rise to last.`);
  });

  it('tells markup from text by a tag closed before any other < (an unclosed "<p" is no tag)', () => {
    expect(containsMarkup('<p class="lead">Text</p>')).toBe(true);
    expect(containsMarkup('a <p <p <p b')).toBe(false);
    expect(containsMarkup('a <p <br> b')).toBe(true);
    expect(containsMarkup('5 < 6 and 7 > 3')).toBe(false);
  });

  it('accepts "body" instead of "text" and cleans boilerplate out of it', () => {
    const article = readOk('x.json', JSON.stringify({ body: `- Advertisement -\n${BODY}\nShare` }));
    expect(article.text).toBe(BODY);
    expect(article.source).toBe('x');
  });

  it('prefers "text" over "body" and treats null as absent', () => {
    const article = readOk('y.json', JSON.stringify({ text: BODY, body: 'Other words entirely, in a sentence.', title: null, author: null }));
    expect(article.text).toBe(BODY);
    expect(article.title).toBeUndefined();
    expect(article.author).toBeUndefined();
  });

  it('normalises text inside JSON strings: CR/LF, zero-width characters, NBSP', () => {
    const article = readOk('n.json', JSON.stringify({ title: 'Port\u200B Report', text: `Share\r\n${BODY.replace('cargo', 'car\u200Bgo')}\u00A0\r\n` }));
    expect(article.title).toBe('Port Report');
    expect(article.text).toBe(BODY);
  });

  it('does not repeat the given title in the text', () => {
    const article = readOk('z.json', JSON.stringify({ title: 'Cargo Volumes Rise Again', text: `Cargo Volumes Rise Again\n${BODY}` }));
    expect(article.text).toBe(BODY);
  });

  it('names the field at fault', () => {
    expect(readSkipped('a.json', JSON.stringify({ title: 42, text: BODY }))).toBe(
      'invalid JSON article: field "title" must be a string (got a number)',
    );
    expect(readSkipped('b.json', JSON.stringify({ text: ['a', 'b'] }))).toMatch(/field "text" must be a string \(got an array\)/);
    expect(readSkipped('c.json', JSON.stringify({ title: 'Only a title' }))).toBe(
      'invalid JSON article: missing field "text" (or "body")',
    );
    expect(readSkipped('d.json', JSON.stringify({ text: '   ' }))).toMatch(/missing field "text"/);
  });

  it('refuses malformed JSON and non-objects', () => {
    expect(readSkipped('e.json', '{"text": "unterminated')).toMatch(/^malformed JSON: /);
    expect(readSkipped('f.json', '[1, 2]')).toBe('invalid JSON article: expected an object, got an array');
    expect(readSkipped('g.json', '"just a string"')).toBe('invalid JSON article: expected an object, got a string');
  });

  it('keeps a one-line brief without a full stop (a headline-shaped line is a report)', () => {
    const article = readOk('brief.json', fixture('brief.json'));
    expect(article.text).toBe('Ferry strike called off after overnight talks in Port Calder');
    expect(article.source).toBe('Kestrel Wire');
  });

  it('skips when the text is only boilerplate', () => {
    expect(readSkipped('h.json', JSON.stringify({ text: 'Share\nComments' }))).toBe('no article text found in field "text"');
  });

  it('drops unsafe URLs and keeps the article', () => {
    const article = readOk('i.json', JSON.stringify({ text: BODY, url: 'javascript:alert(1)' }));
    expect(article.url).toBeUndefined();
    expect(readOk('j.json', JSON.stringify({ text: BODY, url: 'data:text/html,<b>x</b>' })).url).toBeUndefined();
  });
});
