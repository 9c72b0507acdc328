import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lambdas/pipeline/articles/decode.js';
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
