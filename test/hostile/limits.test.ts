/**
 * The limits added for hostile input, each tested where it lives: sentence length (text/sentences.ts), page
 * nesting (articles/dom.ts, articles/html.ts), text with no markup in an .html file, and scripts without case or
 * spaces (articles/line-shape.ts), which the boilerplate filter used to drop whole.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../lambdas/pipeline/text/sentences.js';
import { nestingDepth, parseDocument } from '../../lambdas/pipeline/articles/dom.js';
import { MAX_NESTING, opensTooDeep, readHtml } from '../../lambdas/pipeline/articles/html.js';
import { hasLowercaseWord, isSentenceLike, wordCount } from '../../lambdas/pipeline/articles/line-shape.js';
import { readArticle } from '../../lambdas/pipeline/articles/index.js';
import { VOCABULARY } from './cases.js';

describe('sentence length cap', () => {
  it('cuts a run-on without punctuation into pieces of at most MAX_SENTENCE characters, losing no word', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => VOCABULARY[(i * 7) % VOCABULARY.length]!);
    const text = words.join(' ');
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const s of sentences) expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentences.join(' ').split(' ')).toEqual(words);
  });

  it('prefers a clause boundary, and cuts text with no spaces at all', () => {
    const clause = `${'word '.repeat(150).trim()}, ${'more '.repeat(150).trim()}`;
    expect(splitSentences(clause)[0]!.endsWith(',')).toBe(true);
    const solid = 'x'.repeat(2_500);
    expect(splitSentences(solid).map((s) => s.length)).toEqual([1_000, 1_000, 500]);
    const emoji = '😀'.repeat(1_200);
    for (const s of splitSentences(emoji)) expect(s).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('leaves ordinary sentences alone', () => {
    expect(splitSentences('The ferry ran aground. Everyone is safe.')).toEqual(['The ferry ran aground.', 'Everyone is safe.']);
  });
});

describe('page nesting', () => {
  const page = (depth: number) =>
    `<html><head><title>Wexmoor footbridge reopens after repairs</title></head><body>${'<div>'.repeat(depth)}<p>The Wexmoor town council voted on Thursday to reopen the old Ashgrove footbridge after six months of repairs, the council said.</p>${'</div>'.repeat(depth)}</body></html>`;

  it('measures depth without recursion', () => {
    const doc = parseDocument(`<html><body>${'<b>'.repeat(3_000)}x</body></html>`);
    expect(nestingDepth(doc.documentElement!, 500)).toBeGreaterThan(500);
    // html 0, body 1, ten divs 2..11, p 12.
    expect(nestingDepth(parseDocument(page(10)).documentElement!)).toBe(12);
  });

  it('refuses markup 100,000 deep before parsing it (linkedom would take most of a minute)', () => {
    const started = Date.now();
    const r = readHtml(`<html><body>${'<b>'.repeat(100_000)}x</body></html>`);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/nested too deeply/) });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not count void elements, self-closed tags or unclosed paragraphs of an ordinary size', () => {
    expect(opensTooDeep(`<html><body>${'<br><img src=x><hr/><input>'.repeat(10_000)}</body></html>`)).toBe(false);
    expect(opensTooDeep(`<html><body>${'<p>para '.repeat(3_000)}</body></html>`)).toBe(false);
    expect(opensTooDeep(`${'<div>'.repeat(6_000)}`)).toBe(true);
  });

  it('reads a page just under the limit and refuses one over it with a reason', () => {
    expect(readHtml(page(MAX_NESTING - 5)).ok).toBe(true);
    const refused = readHtml(page(MAX_NESTING + 1));
    expect(refused).toEqual({ ok: false, reason: expect.stringMatching(/nested too deeply/) });
  });

  it('an .html file with no markup at all is skipped with a reason, not an exception', () => {
    const r = readArticle({ id: 'plain.html', bytes: new TextEncoder().encode('just a few words') });
    expect(r).toEqual({ ok: false, skipped: { id: 'plain.html', reason: 'no article text found' }, cause: 'refused' });
  });
});

describe('scripts without case or spaces read as prose', () => {
  it('counts Chinese and Japanese words and accepts their sentence ends', () => {
    expect(wordCount('東京都は木曜日、修理を終えた歩道橋を再開したと発表した。')).toBeGreaterThan(10);
    expect(isSentenceLike('東京都は木曜日、修理を終えた歩道橋を再開したと発表した。')).toBe(true);
    expect(wordCount('The ferry ran aground')).toBe(4);
  });

  it('accepts Arabic and Hebrew sentences (no lower case to look for)', () => {
    expect(hasLowercaseWord('أعلن المجلس البلدي')).toBe(true);
    expect(isSentenceLike('أعلن المجلس البلدي يوم الخميس إعادة افتتاح الجسر.')).toBe(true);
    expect(isSentenceLike('המועצה הודיעה על פתיחת הגשר מחדש.')).toBe(true);
    // Still a label in English: Title Case without a full stop.
    expect(isSentenceLike('Ferry Runs Aground')).toBe(false);
  });

  it('names an object as an object in a JSON type error', () => {
    const r = readArticle({ id: 'a.json', bytes: new TextEncoder().encode('{"title": {"en": "x"}, "text": "y"}') });
    expect(r.ok ? '' : r.skipped.reason).toBe('invalid JSON article: field "title" must be a string (got an object)');
  });
});
