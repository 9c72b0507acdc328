import { describe, expect, it } from 'vitest';
import { buildMime, headerValue } from '../../../lambdas/render/mime.js';

/** The header block of a raw message, unfolded into one string per header. */
function headersOf(raw: string): string[] {
  const block = raw.slice(0, raw.indexOf('\r\n\r\n'));
  return block.replace(/\r\n[ \t]+/g, ' ').split('\r\n');
}

const BASE = {
  from: 'News Digest <digest@news.example>',
  to: 'reader@example.org',
  subject: 'Riverton council approves budget + 2 more stories',
  html: '<!doctype html><html lang="en"><body><h1>Digest</h1><p>Café</p></body></html>',
  text: 'NEWS DIGEST\nCafé\n',
};

describe('buildMime', () => {
  it('builds multipart/alternative with a UTF-8 text part then an HTML part, Date and Message-ID', async () => {
    const raw = (await buildMime({ ...BASE, date: new Date('2025-03-14T06:00:00Z') })).toString('utf8');
    const headers = headersOf(raw);
    expect(headers.find((h) => /^Content-Type:/i.test(h))).toMatch(/multipart\/alternative; boundary=/);
    expect(headers).toContain('Date: Fri, 14 Mar 2025 06:00:00 +0000');
    expect(headers.find((h) => h.startsWith('Message-ID:'))).toMatch(/^Message-ID: <[^<>\s]+@news\.example>$/);
    expect(headers).toContain('MIME-Version: 1.0');
    const textAt = raw.indexOf('Content-Type: text/plain; charset=utf-8');
    const htmlAt = raw.indexOf('Content-Type: text/html; charset=utf-8');
    expect(textAt).toBeGreaterThan(0);
    expect(htmlAt).toBeGreaterThan(textAt);
    expect(raw).toContain('Caf=C3=A9');
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  it('encodes non-ASCII subjects and display names', async () => {
    const raw = (
      await buildMime({ ...BASE, from: 'Zürich Desk <desk@news.example>', subject: 'Größte Debatte — “quoted”' })
    ).toString('utf8');
    const headers = headersOf(raw);
    const subject = headers.find((h) => h.startsWith('Subject:'))!;
    expect(subject).toMatch(/=\?UTF-8\?[QB]\?/i);
    expect(subject).not.toMatch(/[^\x20-\x7e]/);
    expect(headers.find((h) => h.startsWith('From:'))).toMatch(/=\?UTF-8\?[QB]\?.*<desk@news\.example>/i);
  });

  it('never lets article text create a header', async () => {
    const raw = (
      await buildMime({
        ...BASE,
        subject: 'Breaking\r\nBcc: evil@x',
        to: 'reader@example.org\r\nBcc: evil2@x',
        headers: { 'X-Story': 'one\nBcc: evil3@x', 'List-Unsubscribe': '<https://news.example/u>' },
      })
    ).toString('utf8');
    const headers = headersOf(raw);
    expect(headers.filter((h) => /^bcc:/i.test(h))).toEqual([]);
    expect(raw).not.toMatch(/\r\nBcc:/i);
    expect(headers.find((h) => h.startsWith('Subject:'))).toBe('Subject: Breaking Bcc: evil@x');
    expect(headers).toContain('X-Story: one Bcc: evil3@x');
    expect(headers).toContain('List-Unsubscribe: <https://news.example/u>');
  });

  it('refuses header names that are not plain field names or belong to the composer', async () => {
    await expect(buildMime({ ...BASE, headers: { 'X-A\r\nBcc': 'x' } })).rejects.toThrow(/invalid header name/);
    await expect(buildMime({ ...BASE, headers: { 'Bad Name': 'x' } })).rejects.toThrow(/invalid header name/);
    await expect(buildMime({ ...BASE, headers: { 'Content-Type': 'text/plain' } })).rejects.toThrow(/cannot be set/);
    await expect(buildMime({ ...BASE, headers: { Bcc: 'evil@x' } })).rejects.toThrow(/cannot be set/);
  });

  it('flattens header values to one line', () => {
    expect(headerValue('a\r\nb\u0000c\u2028d')).toBe('a b c d');
  });
});
