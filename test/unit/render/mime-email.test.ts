/**
 * The whole message as the CLI and the Lambda build it: renderEmail's parts through buildMime, with the
 * RFC 8058 one-click unsubscribe headers, read back the way a mail client would.
 */
import { describe, expect, it } from 'vitest';
import { buildMime } from '../../../lambdas/render/mime.js';
import { dayDigest, hostileDigest, OPTS } from './fixture.js';
import { loadRender } from './built.js';

const { renderEmail } = await loadRender();

interface Part {
  headers: string[];
  body: string;
}

/** Header block unfolded into one string per header, and the body. */
function split(raw: string): Part {
  const at = raw.indexOf('\r\n\r\n');
  return { headers: raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ').split('\r\n'), body: raw.slice(at + 4) };
}

function header(part: Part, name: string): string | undefined {
  const h = part.headers.find((x) => x.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return h?.slice(name.length + 1).trim();
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const soft = body.replace(/=\r\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]!;
    if (c === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(part: Part): string {
  const cte = header(part, 'Content-Transfer-Encoding')?.toLowerCase();
  if (cte === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (cte === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return part.body;
}

/** RFC 2047 encoded words back to text (adjacent words join without the space between them). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ').replace(/=\r\n/g, '')),
    );
}

async function message(digest = dayDigest(), from = 'Nachrichten Zürich <digest@news.example>') {
  const email = renderEmail(digest, OPTS);
  const raw = (
    await buildMime({
      from,
      to: 'Renée Dubois <reader@example.org>',
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: { 'List-Unsubscribe': `<${OPTS.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      date: new Date('2025-03-14T06:00:00Z'),
    })
  ).toString('utf8');
  const top = split(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(header(top, 'Content-Type') ?? '')?.[1];
  const parts = boundary
    ? top.body.split(`--${boundary}`).slice(1, -1).map((p) => split(p.replace(/^\r\n/, '').replace(/\r\n$/, ''))) // the CRLF before a delimiter belongs to it
    : [];
  return { email, raw, top, parts };
}

describe('the MIME message of a digest', () => {
  it('is multipart/alternative with the text part first and the HTML part last, both UTF-8', async () => {
    const { email, top, parts } = await message();
    expect(header(top, 'Content-Type')).toMatch(/^multipart\/alternative;/);
    expect(parts.map((p) => header(p, 'Content-Type'))).toEqual(['text/plain; charset=utf-8', 'text/html; charset=utf-8']);
    expect(decodeBody(parts[0]!).replace(/\r\n/g, '\n')).toBe(email.text);
    expect(decodeBody(parts[1]!).replace(/\r\n/g, '\n')).toBe(email.html.replace(/\r\n/g, '\n'));
  });

  it('carries the one-click unsubscribe headers (RFC 8058) next to the link in the body', async () => {
    const { top, parts } = await message();
    expect(header(top, 'List-Unsubscribe')).toBe(`<${OPTS.unsubscribeUrl}>`);
    expect(header(top, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(decodeBody(parts[0]!)).toContain(`Unsubscribe: ${OPTS.unsubscribeUrl}`);
  });

  it('encodes non-ASCII subjects and display names, which decode back unchanged', async () => {
    const d = dayDigest();
    d.stories[0]!.title = 'Größte Fähre für Zürich — “Übergabe” am Kai';
    const { email, top } = await message(d);
    for (const name of ['Subject', 'From', 'To']) expect(header(top, name)).not.toMatch(/[^\x20-\x7e]/);
    expect(header(top, 'Subject')).toMatch(/=\?utf-8\?[QB]\?/i);
    expect(decodeWords(header(top, 'Subject')!)).toBe(email.subject);
    expect(email.subject).toBe('Größte Fähre für Zürich — “Übergabe” am Kai + 2 more stories');
    expect(decodeWords(header(top, 'From')!)).toBe('Nachrichten Zürich <digest@news.example>');
    expect(decodeWords(header(top, 'To')!)).toBe('Renée Dubois <reader@example.org>');
  });

  it('lets no article text add a header or a MIME part', async () => {
    const d = hostileDigest();
    d.stories[0]!.title = 'Flood\r\nBcc: evil@x\r\n\r\n--boundary\nX-Injected: yes\u2028Cc: evil2@x';
    const { top, parts, raw } = await message(d);
    const names = top.headers.map((h) => h.slice(0, h.indexOf(':')).toLowerCase());
    expect(names).not.toContain('bcc');
    expect(names).not.toContain('cc');
    expect(names).not.toContain('x-injected');
    expect(new Set(names).size).toBe(names.length);
    expect(raw.slice(0, raw.indexOf('\r\n\r\n'))).not.toMatch(/\r\n(Bcc|Cc|X-Injected):/i);
    expect(parts).toHaveLength(2);
    expect(decodeWords(header(top, 'Subject')!)).toMatch(/^Flood Bcc: evil@x --boundary X-Injected: yes Cc: evil2@x/);
  });
});
