/**
 * JSON articles: `{title?, text | body, source?, url?, publishedAt?, author?}`. Validated with zod so
 * a wrong file is refused with the field at fault named, instead of failing somewhere downstream.
 */
import * as z from 'zod';
import type { LineJudge } from './line-memo.js';
import { cleanBody } from './body.js';
import { containsMarkup, htmlFragmentToLines, strippedMarkupLines } from './html-text.js';
import { opensTooDeep } from './html.js';
import type { ReaderResult } from './reader-types.js';

// null is accepted as "absent": exporters often write null for a missing field.
const optionalString = z.string().nullish();

const ArticleJson = z.looseObject({
  title: optionalString,
  text: optionalString,
  body: optionalString,
  source: optionalString,
  url: optionalString,
  publishedAt: optionalString,
  author: optionalString,
});

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** One line naming each bad field: `field "title" must be a string (got a number)`. */
function describeIssues(error: z.ZodError, data: Record<string, unknown>): string {
  const parts = error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'invalid_type') return `field "${field}" must be a string (got ${kindOf(data[field])})`;
    return `field "${field}": ${issue.message}`;
  });
  return `invalid JSON article: ${parts.join('; ')}`;
}

/**
 * Lines of a body written in HTML. Markup that opens more tags than any article (the guard a page meets before it is
 * parsed: linkedom slows down with depth, 400,000 unclosed <div> took a minute) is not parsed but stripped, a block
 * tag ending a line: its text is kept either way, as a body's text must be.
 */
function markupLines(raw: string): string[] {
  return opensTooDeep(raw) ? strippedMarkupLines(raw) : htmlFragmentToLines(raw);
}

export function readJson(text: string, judge?: LineJudge): ReaderResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `malformed JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: `invalid JSON article: expected an object, got ${kindOf(data)}` };
  }
  const parsed = ArticleJson.safeParse(data);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error, data as Record<string, unknown>) };
  const article = parsed.data;

  const field = article.text?.trim() ? 'text' : article.body?.trim() ? 'body' : null;
  if (field === null) return { ok: false, reason: 'invalid JSON article: missing field "text" (or "body")' };
  const raw = (field === 'text' ? article.text : article.body) ?? '';
  const lines = containsMarkup(raw) ? markupLines(raw) : raw.split('\n');

  // The title, when given, replaces headline detection; CR/LF in it are collapsed later.
  const title = article.title?.replace(/\s+/g, ' ').trim() || undefined;
  const body = cleanBody(
    lines,
    { ...(title !== undefined ? { title, detectHeadline: false } : { detectHeadline: true }), ...(judge ? { lines: judge } : {}) },
    `no article text found in field "${field}"`,
  );
  if (!body.ok) return body;
  return {
    ok: true,
    fields: {
      text: body.text,
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(article.source != null ? { source: article.source } : {}),
      ...(article.url != null ? { url: article.url } : {}),
      ...(article.publishedAt != null ? { publishedAt: article.publishedAt } : {}),
      ...(article.author != null ? { author: article.author } : {}),
    },
  };
}
