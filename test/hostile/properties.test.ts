/**
 * Issue 7, properties (fast-check, fixed seeds): over random days of generated txt/json/html files built from a
 * small invented vocabulary mixed with hostile fragments, and over random digests straight into the renderer:
 *
 *  1. the pipeline never throws;
 *  2. every file is an article in exactly one story or skipped with a reason (read = in stories + skipped);
 *  3. digest.json validates against its schema (parseDigest, the zod schema continuing.ts reads digests with);
 *  4. the email HTML is well formed (one html/head/body, balanced template containers, only the template's tags,
 *     only http(s) links) and no article-derived string with markup characters appears unescaped;
 *  5. no header of the MIME message can be set from article text (the header set is fixed, Subject one line).
 *
 * Run counts are modest (the suite shares a 2-core machine); seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Digest, Story } from '../../lambdas/pipeline/model.js';
import { headerValue } from '../../lambdas/render/mime.js';
import { VOCABULARY } from './cases.js';
import { expectAccounted, expectSafeHeaders, expectSafeHtml, expectValidDigest } from './checks.js';
import { DATE, fileIn, mailFor, memorySource, runDay, type FileBody } from './day.js';

/** Fragments an attacker (or a broken scraper) puts in article text. */
const HOSTILE = [
  '</mj-text>', '<mj-raw>', '{{subject}}', '{{{footer.unsubscribeUrl}}}', '{{#each stories}}', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '\r\nBcc: victim@example.com', '\nX-Injected: 1', '\u2028',
  '\u202e', '\u200b', '\ufeff', '\u0000', '\u0007', '😀', '👨‍👩‍👧', '東京の市場', 'مرحبا بالعالم', 'שלום', '&amp;', '&#60;b&#62;', '&', '<', '>',
  '"', '“quoted”', 'javascript:alert(1)', 'data:text/html,<b>x</b>', '=?utf-8?B?SGk=?=', '--boundary', '\t', '  ',
];
const NAMES = ['Odile Brask', 'Petra Varnel', 'Ilka Demmer', 'the harbourmaster', 'a council spokesman'];
const OUTLETS = ['Quarry Gazette', 'Lantern Daily', 'Pebble Tribune', 'Moss Courier', 'Evil\r\nX-Outlet: 1', '<b>Bold</b> News'];

const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...VOCABULARY) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.constantFrom(...NAMES) });
const sentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 18 }), fc.constantFrom('.', '.', '!', '?', '', '。'), fc.boolean(), fc.constantFrom(...NAMES))
  .map(([ws, end, quoted, who]) => {
    const s = `${ws.join(' ')}${end}`;
    const capital = s.charAt(0).toUpperCase() + s.slice(1);
    return quoted ? `"${capital}" said ${who}.` : capital;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const title = fc.array(word, { minLength: 2, maxLength: 10 }).map((ws) => ws.join(' '));

/** One generated file: an article in one of the three formats, or junk the readers must skip. */
const file = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      format: fc.constantFrom('txt' as const, 'json' as const, 'html' as const),
      outlet: fc.constantFrom(...OUTLETS),
      title,
      body: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
      url: fc.constantFrom(undefined, 'https://example.org/a?b=1&c=2', 'javascript:alert(1)', 'data:text/html,x', 'http://a b', 'https://example.org/"><script>'),
    }).map((a) => ({ ext: a.format, outlet: a.outlet, body: fileIn(a.format, a.outlet, a.title, a.body, a.url) as FileBody })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<{ ext: string; outlet: string; body: FileBody }>(
      { ext: 'txt', outlet: 'junk', body: '' },
      { ext: 'json', outlet: 'junk', body: '{"text": 12}' },
      { ext: 'json', outlet: 'junk', body: '{"title": "unterminated' },
      { ext: 'html', outlet: 'junk', body: '<html><body><script>x()</script></body></html>' },
      { ext: 'txt', outlet: 'junk', body: Uint8Array.from([0, 1, 2, 3, 255, 254, 0, 7]) },
      { ext: 'pdf', outlet: 'junk', body: '%PDF-1.7' },
    ),
  },
);

/** A day: 1 to 10 files with unique ids (folder per outlet, or at the root). */
const day = fc.array(file, { minLength: 1, maxLength: 10 }).map((files) => {
  const map = new Map<string, FileBody>();
  files.forEach((f, i) => {
    const folder = f.outlet.replace(/[^A-Za-z]+/g, '-').toLowerCase();
    map.set(i % 3 === 0 ? `story-${i}.${f.ext}` : `${folder}/story-${i}.${f.ext}`, f.body);
  });
  return map;
});

/** Every string an article contributes that carries markup characters, long enough to be unambiguous. */
function markupStrings(run: Awaited<ReturnType<typeof runDay>>): string[] {
  const out: string[] = [];
  for (const a of run.day.articles) out.push(a.title ?? '', a.source, ...a.text.split('\n'));
  for (const s of run.digest.stories) {
    out.push(s.title);
    for (const st of s.statements) out.push(st.text, st.speaker ?? '');
  }
  return out.filter((s) => s.length >= 12 && /[<>&"]/.test(s));
}

describe('properties over random days (readDay -> buildDigest -> renderEmail -> buildMime)', () => {
  it('never throws, loses nothing, validates, renders safe HTML and fixed headers', async () => {
    await fc.assert(
      fc.asyncProperty(day, async (files) => {
        const run = await runDay(memorySource(files));
        expectAccounted(run, [...files.keys()]);
        expectValidDigest(run.digest);
        expectSafeHtml(run.email.html, markupStrings(run));
        expectSafeHeaders(run);
        // The plain-text part carries no control characters beyond its own line breaks.
        expect(run.email.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
      }),
      { seed: 0x1d16e57, numRuns: 60 },
    );
  }, 120_000);
});

/* ---------- random digests straight into the renderer: the render and MIME layers on their own ---------- */

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...VOCABULARY)), { maxLength: 12 }).map((w) => w.join(' ')),
);
const urlish = fc.oneof(fc.constant(null), fc.constantFrom('https://example.org/x', 'javascript:alert(1)', 'data:text/html,x', 'HTTPS://EXAMPLE.ORG/"onmouseover="x'), anyText);

const storyArb = fc
  .record({
    title: anyText,
    articles: fc.array(fc.record({ source: anyText, title: fc.option(anyText), url: urlish }), { minLength: 1, maxLength: 4 }),
    statements: fc.array(
      fc.record({ text: anyText, kind: fc.constantFrom('quote' as const, 'claim' as const), speaker: fc.option(anyText), key: fc.boolean(), onlyIn: fc.option(anyText), wording: fc.constantFrom(null, 'verbatim' as const, 'paraphrase' as const) }),
      { maxLength: 5 },
    ),
    figures: fc.array(fc.record({ subject: anyText, values: fc.array(fc.record({ value: fc.double({ noNaN: true }), text: anyText, claimedBy: fc.option(anyText, { nil: undefined }) }), { maxLength: 3 }) }), { maxLength: 2 }),
    continues: fc.option(fc.record({ date: fc.constantFrom('2031-04-01', 'not a date\r\nX: 1'), title: anyText })),
  })
  .map((r, ): Story => {
    const articles = r.articles.map((a, i) => ({ id: `a${i}`, source: a.source, title: a.title, url: a.url }));
    const ids = articles.map((a) => a.id);
    return {
      id: 'story',
      title: r.title,
      articles,
      statements: r.statements.map((s, i) => ({
        ...s,
        articles: ids.slice(0, 1 + (i % ids.length)),
        variants: [{ article: ids[0]!, text: s.text }],
        sources: articles.slice(0, 1 + (i % ids.length)).map((a) => a.source),
        score: 1 - i / 10,
      })),
      figures: r.figures.map((f) => ({ subject: f.subject, values: f.values.map((v) => ({ ...v, articles: ids.slice(0, 1) })) })),
      continues: r.continues,
    };
  });

const digestArb = fc.array(storyArb, { maxLength: 6 }).map((stories): Digest => ({
  schemaVersion: 1,
  date: DATE,
  stats: { articles: stories.length * 2, stories: stories.length, outlets: 3, statementsMerged: 0, skipped: [] },
  stories: stories.map((s, i) => ({ ...s, id: `story-${i}`, articles: s.articles.map((a) => ({ ...a, id: `${i}/${a.id}` })), statements: s.statements.map((st) => ({ ...st, articles: st.articles.map((id) => `${i}/${id}`), variants: st.variants.map((v) => ({ ...v, article: `${i}/${v.article}` })) })), figures: s.figures.map((f) => ({ ...f, values: f.values.map((v) => ({ ...v, articles: v.articles.map((id) => `${i}/${id}`) })) })) })),
}));

describe('properties over random digests (renderEmail -> buildMime)', () => {
  it('any strings in a digest: safe HTML, fixed headers, one-line subject', async () => {
    await fc.assert(
      fc.asyncProperty(digestArb, async (digest) => {
        const mail = await mailFor(digest);
        const strings = digest.stories.flatMap((s) => [s.title, ...s.articles.map((a) => a.source), ...s.statements.map((st) => st.text)]);
        expectSafeHtml(mail.email.html, strings.filter((s) => s.length >= 12 && /[<>&"]/.test(s)));
        expectSafeHeaders({ day: { articles: [], skipped: [] }, ...mail });
      }),
      { seed: 0x5afe, numRuns: 200 },
    );
  }, 120_000);

  it('headerValue: whatever goes in, one line with no control characters comes out', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(headerValue(s)).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
