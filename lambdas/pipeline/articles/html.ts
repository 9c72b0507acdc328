/**
 * HTML pages: the main text through Mozilla Readability on a linkedom DOM, metadata from the head.
 */
import { Readability } from '@mozilla/readability';
import { cleanBody } from './body.js';
import { parseDocument, parseFragment } from './dom.js';
import { readPageMeta, stripSiteName } from './html-meta.js';
import { domToLines } from './html-text.js';
import { safeUrl } from './metadata.js';
import type { ReaderResult } from './reader-types.js';

const NO_ARTICLE = 'no article text found';
// Readability's cost grows with the element count; a page far beyond any article is refused
// rather than letting one file stall the day's run.
const MAX_ELEMENTS = 100_000;

export function readHtml(html: string): ReaderResult {
  const doc = parseDocument(html);
  const meta = readPageMeta(doc);
  // Readability's typings name the DOM lib's Document; linkedom's document is one at run time.
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      maxElemsToParse: MAX_ELEMENTS,
    }).parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/elements found/i.test(message)) return { ok: false, reason: `page too large (more than ${MAX_ELEMENTS} elements)` };
    throw error;
  }
  const content = parsed?.content;
  if (typeof content !== 'string' || content.trim() === '') return { ok: false, reason: NO_ARTICLE };
  const root = parseFragment(content);
  const lines = root === null ? [] : domToLines(root);

  const siteName = meta.siteName ?? parsed?.siteName ?? undefined;
  const rawTitle = meta.title ?? parsed?.title ?? undefined;
  const title = rawTitle === undefined ? undefined : stripSiteName(rawTitle.replace(/\s+/g, ' ').trim(), siteName) || undefined;
  const body = cleanBody(lines, title !== undefined ? { title, detectHeadline: false } : { detectHeadline: true }, NO_ARTICLE);
  if (!body.ok) return body;

  // A relative canonical link is resolved against og:url, the page's own absolute address.
  const base = safeUrl(meta.ogUrl);
  const url = safeUrl(meta.canonical, base) ?? base;
  const publishedAt = meta.publishedAt ?? parsed?.publishedTime ?? undefined;
  const author = meta.author ?? parsed?.byline ?? undefined;
  return {
    ok: true,
    fields: {
      text: body.text,
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(siteName !== undefined ? { source: siteName } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(publishedAt !== undefined ? { publishedAt } : {}),
      ...(author !== undefined ? { author } : {}),
    },
  };
}
