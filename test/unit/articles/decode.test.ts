import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { declaredEncoding, decodeText } from '../../../lambdas/pipeline/articles/decode.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';
import { readSkipped } from './helpers.js';

function decoded(bytes: Uint8Array): string {
  const r = decodeText(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

describe('decodeText', () => {
  it('decodes UTF-8 and strips the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café opens')]);
    expect(decoded(bytes)).toBe('Café opens');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decoded(utf16('Zürich “vote”', 'le'))).toBe('Zürich “vote”');
    expect(decoded(utf16('Zürich “vote”', 'be'))).toBe('Zürich “vote”');
  });

  it('falls back to windows-1252 for invalid UTF-8', () => {
    // "café “ok”" in windows-1252: é = 0xE9, curly quotes = 0x93 / 0x94.
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    expect(decoded(bytes)).toBe('café “ok”');
  });

  it('refuses binary data', () => {
    expect(decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x41]))).toEqual({
      ok: false,
      reason: 'binary data, not text',
    });
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeText(controls)).toEqual({ ok: false, reason: 'binary data, not text' });
  });

  it('keeps a text with one stray control character', () => {
    const text = `A long enough line of ordinary text with one stray \u0007 bell in it.`;
    expect(decoded(new TextEncoder().encode(text))).toBe('A long enough line of ordinary text with one stray  bell in it.');
  });

  it('refuses empty and whitespace-only files', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(new TextEncoder().encode(' \n\t\r\n \u200B '))).toEqual({ ok: false, reason: 'empty file' });
  });

  it('removes zero-width and bidi controls, normalises NFC and line ends', () => {
    const text = 'Cafe\u0301 in\u200B town\r\nsecond \u202Eline\u202C\rthird\u00A0word';
    expect(decoded(new TextEncoder().encode(text))).toBe('Café in town\nsecond line\nthird word');
  });

  it('makes readArticle skip with the decoder reason', () => {
    expect(readSkipped('blank.txt', '   \n\n  ')).toBe('empty file');
    expect(readSkipped('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toBe('binary data, not text');
  });

  it('puts back Windows-1252 punctuation that arrived as C1 controls (a Latin-1 round trip), instead of refusing the text', () => {
    const text = 'The mayor said \u0091we will rebuild\u0092 \u0096 and \u0093soon\u0094. '.repeat(20);
    expect(decoded(new TextEncoder().encode(text))).toBe('The mayor said ‘we will rebuild’ – and “soon”. '.repeat(20));
  });
});

describe('declared encodings (issue 17, finding 10)', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/articles');
  const read = (name: string) => readArticle({ id: name, bytes: readFileSync(path.join(FIXTURES, name)) });

  it('reads a page by its <meta charset> and its http-equiv Content-Type', () => {
    const ja = read('declared-shift-jis.html');
    expect(ja.ok && ja.article.title).toBe('市議会が港の予算を承認');
    expect(ja.ok && ja.article.text).toContain('「今年は運賃を上げません」と市長は記者団に語った。');
    const ru = read('declared-koi8r.html');
    expect(ru.ok && ru.article.title).toBe('Городской совет утвердил бюджет порта');
    expect(ru.ok && ru.article.text).toContain('сказала мэр Анна Руис журналистам');
  });

  it('resolves labels as the Encoding Standard does, and leaves UTF-8, UTF-16 and unknown labels to the default', () => {
    const page = (head: string) => new TextEncoder().encode(`${head}<p>x</p>`);
    expect(declaredEncoding(page('<meta charset="latin1">'))).toBe('windows-1252');
    expect(declaredEncoding(page("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=x-sjis'>"))).toBe('shift_jis');
    expect(declaredEncoding(page('<?xml version="1.0" encoding="KOI8-R"?><html>'))).toBe('koi8-r');
    expect(declaredEncoding(page('<meta charset=utf-8>'))).toBeNull();
    expect(declaredEncoding(page('<meta charset="utf-16">'))).toBeNull();
    expect(declaredEncoding(page('<meta charset="no-such-thing">'))).toBeNull();
    // Only the first 1,024 bytes are looked at, as the HTML standard's prescan.
    expect(declaredEncoding(page(' '.repeat(1100) + '<meta charset="koi8-r">'))).toBeNull();
  });

  it('never applies a declaration to plain text, and a BOM wins over it', () => {
    const utf8 = new TextEncoder().encode('<meta charset="koi8-r"> The café reopened on Tuesday.');
    expect(decodeText(utf8)).toMatchObject({ ok: true, text: expect.stringContaining('café') });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="koi8-r"><p>Привет, мир.</p>')]);
    expect(decodeText(withBom, { markup: true })).toMatchObject({ ok: true, text: expect.stringContaining('Привет') });
  });

  it('detects a Cyrillic or Japanese legacy encoding in plain text, and keeps Latin text on windows-1252', () => {
    for (const name of ['koi8r-plain.txt', 'windows-1251-plain.txt']) {
      const ru = read(name);
      expect(ru.ok && ru.article.title, name).toBe('Городской совет утвердил бюджет порта');
    }
    const ja = read('shift-jis-plain.txt');
    expect(ja.ok && ja.article.text).toContain('市長によると');
    const fr = read('latin1-french.txt');
    expect(fr.ok && fr.article.text).toContain('a déclaré la maire');
    const latin = read('latin1-roundtrip.txt');
    expect(latin.ok && latin.article.text).toContain('“We have a deal');
  });
});
