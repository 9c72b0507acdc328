import { describe, expect, it } from 'vitest';
import { readArticle, tooLargeResult } from '../../../lambdas/pipeline/articles/index.js';
import { sentencesOf } from '../../../lambdas/pipeline/text/sentences.js';
import {
  decodeSidecar,
  encodeSidecar,
  makeSidecar,
  restore,
  SIDECAR_VERSION,
  staleReason,
  type Sidecar,
} from '../../../lambdas/io/sidecar-format.js';

const BODY =
  'Port Wendel approves harbour bridge\n\nThe council voted 31 to 4 on Tuesday. "This bridge will connect the two halves of our city," ' +
  'Mayor Ilse Brandt said. Dr. Lena Ortiz, who chairs the works committee, put the cost at 240 million euros.\nA second paragraph follows here.';
const object = { key: 'articles/2026-11-21/harbor-times/bridge.txt', etag: '"9b2cf535f27731c974343645a3985328"', size: 200 };
const id = 'harbor-times/bridge.txt';
const read = readArticle({ id, bytes: new TextEncoder().encode(BODY) });
const sidecar = makeSidecar(object, 1000, read);
const expected = { id, object: { ...object, etag: '9b2cf535f27731c974343645a3985328' }, maxBytes: 1000 };

describe('sidecar format', () => {
  it('round-trips to exactly what readArticle and sentencesOf give', () => {
    const decoded = decodeSidecar(new TextEncoder().encode(encodeSidecar(sidecar)));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok || !read.ok) throw new Error('unreachable');
    const restored = restore(decoded.sidecar);
    expect(restored.result).toEqual(read);
    expect(restored.sentences).toEqual(sentencesOf(read.article));
    expect(restored.sentences!.length).toBeGreaterThan(2);
    expect(decoded.sidecar.etag).toBe('9b2cf535f27731c974343645a3985328');
  });

  it('keeps a skip record with the reader\'s reason', () => {
    const bad = readArticle({ id: 'x/broken.json', bytes: new TextEncoder().encode('{"title": ') });
    const s = makeSidecar({ ...object, key: 'articles/2026-11-21/x/broken.json' }, 1000, bad);
    expect(s.kind).toBe('skipped');
    const decoded = decodeSidecar(encodeSidecar(s));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(restore(decoded.sidecar)).toEqual({ result: bad });
    expect(restore(decoded.sidecar).result).toMatchObject({ ok: false, cause: 'refused' });
  });

  it('gives back a size-limit skip with its cause, which the sidecar does not store', () => {
    const huge = tooLargeResult('x/huge.txt', 5000, 1000);
    const s = makeSidecar({ ...object, key: 'articles/2026-11-21/x/huge.txt', size: 5000 }, 1000, huge);
    expect(encodeSidecar(s)).not.toContain('too-large');
    const decoded = decodeSidecar(encodeSidecar(s));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(restore(decoded.sidecar)).toEqual({ result: huge });
    expect(huge).toMatchObject({ ok: false, cause: 'too-large' });
  });

  it('refuses corrupt sidecars with a reason, never throwing', () => {
    const good = JSON.parse(encodeSidecar(sidecar)) as Record<string, unknown>;
    const corrupt: (string | Uint8Array)[] = [
      '',
      'not json',
      encodeSidecar(sidecar).slice(0, 60),
      new Uint8Array([0xff, 0xfe, 0x00, 0x7b]),
      'null',
      '[]',
      JSON.stringify({ ...good, v: SIDECAR_VERSION + 1 }),
      JSON.stringify({ ...good, kind: 'other' }),
      JSON.stringify({ ...good, size: -1 }),
      JSON.stringify({ ...good, extra: true }),
      JSON.stringify({ ...good, sentences: [[0]] }),
      JSON.stringify({ ...good, sentences: 'x' }),
      JSON.stringify({ ...good, article: { ...(good.article as object), format: 'pdf' } }),
      JSON.stringify({ ...good, article: { ...(good.article as object), text: 3 } }),
      JSON.stringify({ ...good, etag: undefined }),
      JSON.stringify({ ...good, kind: 'skipped' }),
    ];
    for (const bytes of corrupt) {
      const decoded = decodeSidecar(bytes);
      expect(decoded.ok, String(bytes).slice(0, 80)).toBe(false);
      if (!decoded.ok) expect(decoded.reason).toMatch(/^(not JSON|invalid sidecar)/);
    }
  });
});

describe('staleReason', () => {
  const decoded = decodeSidecar(encodeSidecar(sidecar));
  const s = (decoded as { sidecar: Sidecar }).sidecar;

  it('accepts the very object it was made from, quoted or not', () => {
    expect(staleReason(s, expected)).toBeNull();
    expect(staleReason(s, { ...expected, object: { ...expected.object, etag: `"${expected.object.etag}"` } })).toBeNull();
  });

  it('refuses a sidecar of an overwritten object, another key, another limit or another id', () => {
    expect(staleReason(s, { ...expected, object: { ...expected.object, etag: 'ffff' } })).toMatch(/changed/);
    expect(staleReason(s, { ...expected, object: { ...expected.object, size: 201 } })).toMatch(/changed/);
    expect(staleReason(s, { ...expected, object: { ...expected.object, key: 'articles/2026-11-21/other.txt' } })).toMatch(/made for/);
    expect(staleReason(s, { ...expected, maxBytes: 2000 })).toMatch(/size limit/);
    // A run over part of the day (prefix articles/2026-11-21/harbor-times/) names the article "bridge.txt".
    expect(staleReason(s, { ...expected, id: 'bridge.txt' })).toMatch(/made for id/);
  });
});
