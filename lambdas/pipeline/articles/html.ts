/**
 * HTML pages: the main text through Mozilla Readability on a linkedom DOM, metadata from the head.
 */
import { Readability } from '@mozilla/readability';
import type { LineJudge } from './line-memo.js';
import { cleanBody } from './body.js';
import { elementsNamed, nestingDepth, parseDocument, type DomNode } from './dom.js';
import { readPageMeta, stripSiteName } from './html-meta.js';
import { domToLines } from './html-text.js';
import { safeUrl } from './metadata.js';
import type { ReaderResult } from './reader-types.js';

const NO_ARTICLE = 'no article text found';
// Readability's cost grows with the element count; a page far beyond any article is refused
// rather than letting one file stall the day's run.
const MAX_ELEMENTS = 100_000;
// Readability's cost also grows steeply with nesting depth (measured: 200 levels about 1 s, 500 levels
// 9 s, 1,000 levels a minute), while real article pages nest a few dozen levels. A page nested deeper
// than this is refused before Readability sees it.
export const MAX_NESTING = 120;
// linkedom's parse itself slows down with depth (measured: 20,000 levels 0.4 s, 100,000 levels 40 s), so a
// cheap scan of the raw markup refuses a page that opens this many more tags than it closes before parsing it.
// Far above MAX_NESTING because the scan over-counts (unclosed <p> and <li> are legal and common).
export const MAX_OPEN_TAGS = 5_000;

// Elements that never have content, so never nest anything.
const VOID: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype']);
// The name is taken whole ((?![a-zA-Z0-9-])): split between name and attributes, it was quadratic on `<!----...`.
const TAG = /<(\/?)([a-zA-Z!][a-zA-Z0-9-]*)(?![a-zA-Z0-9-])[^<>]*?(\/?)>/g;

/** True when, somewhere in the markup, more than `limit` opened tags are still unclosed (one linear scan). */
export function opensTooDeep(html: string, limit = MAX_OPEN_TAGS): boolean {
  let open = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || m[3] === '/') continue;
    if (m[1] === '/') open = Math.max(0, open - 1);
    else if (++open > limit) return true;
  }
  return false;
}

const TOO_DEEP = `page nested too deeply (more than ${MAX_NESTING} levels of elements)`;

/**
 * Readability scores paragraphs by their length, so on a page whose report is one short paragraph (a brief, a
 * flash) it can pick the footer instead. When what it picked holds no report, the page's own <article>, else its
 * <main>, else its <body> is read (from a fresh parse: Readability has pruned the first).
 */
function semanticContainerLines(html: string): string[] {
  const found = elementsNamed(parseDocument(html), ['article', 'main', 'body']);
  const container = found.get('article')?.[0] ?? found.get('main')?.[0] ?? found.get('body')?.[0];
  return container === undefined ? [] : domToLines(container);
}

export function readHtml(html: string, judge?: LineJudge): ReaderResult {
  if (opensTooDeep(html)) return { ok: false, reason: TOO_DEEP };
  const doc = parseDocument(html);
  const root = doc.documentElement;
  if (root !== null && nestingDepth(root, MAX_NESTING) > MAX_NESTING) {
    return { ok: false, reason: TOO_DEEP };
  }
  const meta = readPageMeta(doc);
  // Readability's typings name the DOM lib's Document; linkedom's document is one at run time.
  let parsed: ReturnType<Readability<DomNode>['parse']>;
  try {
    parsed = new Readability<DomNode>(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      maxElemsToParse: MAX_ELEMENTS,
      // The article element itself rather than its HTML: the text is read from it directly, instead of
      // serialising it and parsing the string again into the same tree.
      serializer: (node) => node as unknown as DomNode,
      // Class attributes are never read from the article, so Readability need not walk it to strip them.
      keepClasses: true,
    }).parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/elements found/i.test(message)) return { ok: false, reason: `page too large (more than ${MAX_ELEMENTS} elements)` };
    throw error;
  }
  const siteName = meta.siteName ?? parsed?.siteName ?? undefined;
  const rawTitle = meta.title ?? parsed?.title ?? undefined;
  const title = rawTitle === undefined ? undefined : stripSiteName(rawTitle.replace(/\s+/g, ' ').trim(), siteName) || undefined;
  const options = { ...(title !== undefined ? { title, detectHeadline: false } : { detectHeadline: true }), ...(judge ? { lines: judge } : {}) };
  const clean = (lines: readonly string[]) => cleanBody(lines, options, NO_ARTICLE);
  // An article element without text gives no lines, and cleanBody refuses it with the same reason.
  let body = clean(parsed?.content == null ? [] : domToLines(parsed.content));
  if (!body.ok) body = clean(semanticContainerLines(html));
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
