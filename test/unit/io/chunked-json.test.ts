import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonBuffer, jsonChunks } from '../../../lambdas/io/chunked-json.js';

const native = (v: unknown, indent?: number, newline = false) => Buffer.from(JSON.stringify(v, null, indent) + (newline ? '\n' : ''), 'utf8');

/** Any text, lone surrogates and control characters included: JSON.stringify escapes them, so must we. */
const text = fc.string({ unit: fc.oneof(fc.constant('\n'), fc.constant('"'), fc.constant('\\'), fc.constant('\ud800'), fc.constant('\u2028'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 30 });

/** A digest's shape (the real nesting: stories > statements > variants), with optional and absent fields. */
const digestLike = fc.record({
  schemaVersion: fc.constant(1),
  date: fc.constant('2026-11-20'),
  stats: fc.record({ articles: fc.nat(), skipped: fc.array(fc.record({ id: text, reason: text }), { maxLength: 3 }) }),
  stories: fc.array(
    fc.record(
      {
        id: text,
        title: text,
        articles: fc.array(fc.record({ id: text, url: fc.option(text), copyOf: fc.option(text, { nil: undefined }) }), { maxLength: 4 }),
        statements: fc.array(
          fc.record({
            text,
            speaker: fc.option(text),
            score: fc.double(),
            variants: fc.array(fc.record({ article: text, text }), { maxLength: 4 }),
            isNew: fc.option(fc.boolean(), { nil: undefined }),
          }),
          { maxLength: 5 },
        ),
        figures: fc.array(fc.record({ subject: text, values: fc.array(fc.record({ value: fc.double(), text }), { maxLength: 2 }) }), { maxLength: 2 }),
        continues: fc.option(fc.record({ date: text, title: text }), { nil: undefined }),
      },
      { requiredKeys: ['id', 'title', 'articles', 'statements'] },
    ),
    { maxLength: 6 },
  ),
});

describe('jsonChunks', () => {
  it('gives the bytes of JSON.stringify(d, null, 2) for digest-shaped values', () => {
    fc.assert(
      fc.property(digestLike, fc.constantFrom(0, 2), fc.boolean(), (d, indent, newline) => {
        expect(jsonBuffer(d, { indent, finalNewline: newline }).equals(native(d, indent, newline))).toBe(true);
      }),
      { seed: 6, numRuns: 300 },
    );
  });

  it('gives the bytes of JSON.stringify for any JSON value, at any indent, nested deeper than it descends', () => {
    const deep = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(deep, fc.integer({ min: -1, max: 12 }), (v, indent) => {
        expect(jsonBuffer(v, { indent }).equals(native(v, indent))).toBe(true);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('treats what JSON.stringify treats specially the same way', () => {
    class WithToJSON {
      toJSON(key: string) {
        return { key, nested: { toJSON: (k: string) => `inner:${k}` } };
      }
    }
    const odd = {
      a: undefined,
      f: () => 1,
      s: Symbol('x'),
      list: [undefined, () => 1, Symbol('y'), NaN, -0, Infinity, , 3],
      when: new Date(Date.UTC(2026, 10, 20)),
      boxed: [new Number(3), new String('s'), new Boolean(false)],
      custom: new WithToJSON(),
      deep: { a: { b: { c: { d: { e: [new WithToJSON(), { gone: undefined }, {}] } } } } },
      allGone: { x: undefined },
      empty: [[], {}],
      typed: new Uint8Array([1, 2]),
    };
    for (const indent of [0, 2, 10]) expect(jsonBuffer(odd, { indent }).toString('utf8')).toBe(JSON.stringify(odd, null, indent));
    expect(jsonBuffer([new WithToJSON()], { indent: 2 }).toString()).toContain('"key": "0"');
    expect(() => jsonBuffer({ big: 1n })).toThrow(TypeError);
    expect(() => jsonBuffer(undefined)).toThrow(/no JSON form/);
  });

  it('hands out a large value in bounded chunks whose concatenation is the whole', () => {
    // ~12 MB of statements over 400 stories: several chunks, none holding more than about one chunk's worth.
    const story = (i: number) => ({
      id: `s${i}`,
      title: `Story ${i} “quoted” é`,
      statements: Array.from({ length: 30 }, (_, j) => ({ text: `Statement ${j} of story ${i} ${'word '.repeat(40)}`, variants: Array.from({ length: 4 }, (_, k) => ({ article: `a${k}`, text: 'ü'.repeat(50) })) })),
    });
    const d = { schemaVersion: 1, stories: Array.from({ length: 400 }, (_, i) => story(i)) };
    const chunks = [...jsonChunks(d, { indent: 2, finalNewline: true })];
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.length).toBeLessThan(3 * (1 << 20));
    expect(Buffer.concat(chunks).equals(native(d, 2, true))).toBe(true);
  });
});
