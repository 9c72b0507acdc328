/**
 * DOM -> text with the paragraph structure kept: one line per block element (p, li, h2, ...),
 * inline markup flattened, non-content elements (scripts, forms, captions) left out.
 */
import { ELEMENT_NODE, TEXT_NODE, parseFragment, type DomNode } from './dom.js';

// Never article text. Figure captions are photo credits, not the story.
const SKIPPED: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON',
  'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'FIGCAPTION', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const BLOCKS: ReadonlySet<string> = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'MAIN',
  'ADDRESS', 'ASIDE', 'HR', 'BR', 'BODY', 'DETAILS', 'SUMMARY', 'CAPTION',
]);

/**
 * Markup anywhere in a string: then a JSON body is HTML, not plain text. A tag's inside stops at the next < as well
 * as at its >: with [^>]* every unclosed "<p" read on to the end of the text (30 / 240 KB of them: 1.2 / 15.9 s).
 */
export function containsMarkup(text: string): boolean {
  return /<\/?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|img|figure|section|article|table)\b[^<>]*>/i.test(text);
}

/** Paragraph lines of a DOM subtree. */
export function domToLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  // Depth-first with an explicit stack rather than recursion: markup in a JSON body is never refused for
  // its depth, and a fragment nested tens of thousands deep must not overflow the call stack.
  // A 'close' entry flushes the line when a block element ends.
  const stack: Array<DomNode | 'close'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'close') {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push('close');
    }
    const children: DomNode[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return lines;
}

/** A block tag (BLOCKS), opening or closing; a tag's inside stops at the next < as well as at its >. */
const BLOCK_TAG = new RegExp(`<\\/?(?:${[...BLOCKS].join('|')})\\b[^<>]*>`, 'gi');

/**
 * Paragraph lines of markup read without a DOM, for markup too deep to parse: block tags end a line, other tags go.
 * Entities stay as written.
 */
export function strippedMarkupLines(html: string): string[] {
  return html.replace(BLOCK_TAG, '\n').replace(/<[^<>]*>/g, ' ').split('\n');
}

/** Paragraph lines of an HTML fragment. */
export function htmlFragmentToLines(html: string): string[] {
  const body = parseFragment(html);
  return body === null ? [] : domToLines(body);
}
