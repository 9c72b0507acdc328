/**
 * Found by the property tests: a headline written as an RFC 2047 encoded word ("=?utf-8?B?...?=") went into the
 * Subject as plain ASCII, and mail clients decode it, so the reader would see words that are in no article.
 * buildMime now encodes such a subject whole, so it arrives as the literal text.
 */
import { describe, expect, it } from 'vitest';
import { buildMime } from '../../lambdas/render/mime.js';
import { decodeWords } from './checks.js';
import { topHeaders } from './day.js';

const BASE = { from: 'digest@example.org', to: 'reader@example.net', html: '<p>x</p>', text: 'x' };

async function subjectOf(subject: string): Promise<{ raw: string; decoded: string; lines: string[] }> {
  const mime = (await buildMime({ ...BASE, subject })).toString('utf8');
  const raw = topHeaders(mime).find(([n]) => n === 'Subject')?.[1] ?? '';
  const block = mime.slice(0, mime.indexOf('\r\n\r\n'));
  return { raw, decoded: decodeWords(raw), lines: block.split('\r\n') };
}

describe('a subject that looks like an encoded word', () => {
  it.each([
    ['=?utf-8?B?SGk=?='],
    ['Harbour =?UTF-8?Q?Free_money?= reopens'],
    ['=?iso-8859-1?q?caf=E9?= and a long headline that needs folding over more than one line of the header block'],
  ])('arrives as the literal text %j', async (subject) => {
    const { raw, decoded, lines } = await subjectOf(subject);
    expect(decoded).toBe(subject);
    expect(raw).not.toBe(subject);
    // Folded, never longer than the 78 characters RFC 5322 asks for.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('leaves ordinary subjects to the composer', async () => {
    expect((await subjectOf('Ferry runs aground + 2 more stories')).raw).toBe('Ferry runs aground + 2 more stories');
    expect((await subjectOf('Größte Debatte')).decoded).toBe('Größte Debatte');
  });

  it('refuses a Subject passed as an extra header', async () => {
    await expect(buildMime({ ...BASE, subject: 's', headers: { Subject: 'other' } })).rejects.toThrow(/cannot be set directly/);
  });
});
