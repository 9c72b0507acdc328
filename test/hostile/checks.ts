/**
 * Assertions shared by the bad-input suite and the property tests: what must hold of any day, whatever came in.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { parseDigest } from '../../lambdas/pipeline/continuing.js';
import type { Digest } from '../../lambdas/pipeline/model.js';
import { FROM, TO, topHeaders, type DayRun } from './day.js';

/** Every header the message may carry: nothing from an article can add one. */
export const ALLOWED_HEADERS = [
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'From',
  'To',
  'Subject',
  'Message-ID',
  'Date',
  'MIME-Version',
  'Content-Type',
];

/** Nothing lost, nothing twice: every listed file is an article or a skip, every article in exactly one story. */
export function expectAccounted(run: DayRun, listed: readonly string[]): void {
  const { day, digest } = run;
  const read = day.articles.map((a) => a.id);
  const skipped = day.skipped.map((s) => s.id);
  expect([...read, ...skipped].sort()).toEqual([...listed].sort());
  for (const s of day.skipped) expect(s.reason.trim(), `skip reason of ${s.id}`).not.toBe('');
  expect(digest.stats.articles).toBe(read.length);
  expect(digest.stats.skipped).toEqual(day.skipped);
  expect(digest.stats.stories).toBe(digest.stories.length);
  const inStories = digest.stories.flatMap((s) => s.articles.map((a) => a.id));
  expect(inStories.length, 'an article in two stories').toBe(new Set(inStories).size);
  expect(new Set(inStories)).toEqual(new Set(read));
}

/** digest.json survives a JSON round trip and validates against the schema continuing.ts reads it with. */
export function expectValidDigest(digest: Digest): void {
  const json = JSON.stringify(digest);
  const parsed = parseDigest(json, 'digest.json');
  expect(parsed).toEqual(JSON.parse(json));
  // Beyond the schema: the references inside it point at real things.
  for (const story of digest.stories) {
    const ids = new Set(story.articles.map((a) => a.id));
    expect(story.articles.length).toBeGreaterThan(0);
    for (const st of story.statements) for (const id of st.articles) expect(ids.has(id), `statement cites ${id} outside its story`).toBe(true);
    for (const f of story.figures) for (const v of f.values) for (const id of v.articles) expect(ids.has(id)).toBe(true);
    for (const a of story.articles) if (a.url !== null) expect(a.url).toMatch(/^https?:\/\//);
  }
}

/** Markup that must never reach the email as markup, whatever the articles said. */
const FORBIDDEN_IN_HTML: Array<[RegExp, string]> = [
  [/<script/i, 'a script element'],
  [/<\/?mj-/i, 'an MJML tag'],
  [/\son[a-z]+\s*=/i, 'an event-handler attribute'],
  [/(?:href|src|action|formaction|background)\s*=\s*["']?\s*(?!https?:|#|mailto:)[a-z][a-z0-9+.-]*:/i, 'a non-http(s) link'],
];

/** Tag names the compiled template itself uses (in its markup and its Outlook conditional comments). */
const TEMPLATE_TAGS = tagNames(readFileSync(fileURLToPath(new URL('../../lambdas/render/generated/digest-template.html', import.meta.url)), 'utf8'));

function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9:-]*)/g)].map((m) => m[1]!.toLowerCase()));
}

/**
 * The email HTML is well formed and safe: it parses to one document with a body, every link and image is
 * http(s) (or a mailto:/fragment of the template's own), no forbidden markup appears anywhere, and each of the
 * given article-derived strings appears in the text content only as text (never as markup in the source).
 */
export function expectSafeHtml(html: string, articleStrings: readonly string[] = []): void {
  expect(html.startsWith('<!doctype html>') || html.toLowerCase().startsWith('<!doctype html>')).toBe(true);
  for (const [pattern, what] of FORBIDDEN_IN_HTML) {
    const m = pattern.exec(html);
    expect(m, `${what} in the email HTML: ${m ? html.slice(Math.max(0, m.index - 80), m.index + 80) : ''}`).toBeNull();
  }
  // Every tag in the email is one the template wrote: article text never becomes an element.
  const extra = [...tagNames(html)].filter((t) => !TEMPLATE_TAGS.has(t));
  expect(extra, 'tags the template does not have').toEqual([]);
  const { document } = parseHTML(html) as unknown as { document: LinkedDocument };
  expect(document.documentElement?.nodeName).toBe('HTML');
  expect(document.querySelectorAll('body').length).toBe(1);
  expect(document.querySelectorAll('head').length).toBe(1);
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    expect(a.getAttribute('href') ?? '').toMatch(/^(?:https?:\/\/|mailto:|#)/);
  }
  // Template markup closes what it opens: as many closing as opening tags of each container the template uses.
  for (const tag of ['table', 'tr', 'td', 'div', 'a', 'p']) {
    const open = html.match(new RegExp(`<${tag}[\\s>]`, 'gi'))?.length ?? 0;
    const close = html.match(new RegExp(`</${tag}>`, 'gi'))?.length ?? 0;
    expect(close, `<${tag}> opened ${open} times, closed ${close}`).toBe(open);
  }
  for (const s of articleStrings) {
    // A trailing "&", "&amp" or "&amp;" is a prefix of its own escaped form ("&amp;", "&amp;amp;"): not evidence.
    const probe = s.replace(/&[#a-z0-9]*;?$/i, '');
    if (!/[<>&"]/.test(probe)) continue;
    // A string with markup characters may be shown, but only escaped: its raw form never appears in the source.
    expect(html.includes(probe), `unescaped article text in the email HTML: ${probe.slice(0, 120)}`).toBe(false);
  }
}

interface LinkedElement {
  nodeName: string;
  getAttribute(name: string): string | null;
}
interface LinkedDocument {
  documentElement: LinkedElement | null;
  querySelectorAll(selector: string): ArrayLike<LinkedElement>;
}

/** The message's own headers only: the fixed set, each once, From/To as given, Subject a single line. */
export function expectSafeHeaders(run: DayRun): void {
  const headers = topHeaders(run.mime);
  const names = headers.map(([n]) => n);
  expect(names.sort()).toEqual([...ALLOWED_HEADERS].sort());
  const get = (name: string) => headers.find(([n]) => n === name)?.[1] ?? '';
  expect(get('From')).toBe(FROM.replace(/"/g, ''));
  expect(get('To')).toBe(TO);
  expect(get('Content-Type')).toMatch(/^multipart\/alternative; boundary=/);
  // The raw subject line: no bare CR or LF (the header block splits on CRLF, a stray LF would hide a header).
  const block = run.mime.slice(0, run.mime.indexOf('\r\n\r\n'));
  expect(block.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  // The decoded subject is the rendered one, on one line.
  expect(run.email.subject).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(decodeWords(get('Subject'))).toBe(run.email.subject);
}

/** RFC 2047 encoded words (the composer's B and Q encodings) decoded, for comparing the Subject header. */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}
