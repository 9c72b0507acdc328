/**
 * The few DOM shapes the readers use, typed structurally: the project compiles without the DOM lib,
 * and linkedom's own typings lean on it. One place that parses HTML with linkedom.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  // Walk children with firstChild/nextSibling: linkedom builds childNodes afresh on every access,
  // so indexing it in a loop is quadratic.
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  childNodes: ArrayLike<DomNode>;
  body: DomElement | null;
  documentElement: DomElement | null;
  title: string;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

function parse(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/**
 * A light DOM for a whole page. Text with no element at all leaves linkedom without a document element,
 * and its `body` getter then throws; such "pages" are parsed inside an empty skeleton instead.
 */
export function parseDocument(html: string): DomDocument {
  const doc = parse(html);
  return doc.documentElement === null ? parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) : doc;
}

/**
 * How deep elements nest under `root` (root itself is depth 0), walked with an explicit stack so a page
 * nested a hundred thousand deep cannot overflow the call stack. Stops counting once past `limit`.
 */
export function nestingDepth(root: DomNode, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/**
 * The elements of the given (lower-case) names, each name's in document order, found in one walk of the tree:
 * what querySelectorAll(name) lists for each, the inside of <template> left out as it does, without compiling a
 * selector and walking the whole page once per name.
 */
export function elementsNamed(doc: DomDocument, names: readonly string[]): Map<string, DomElement[]> {
  const found = new Map(names.map((name) => [name, [] as DomElement[]] as const));
  // Depth-first with an explicit stack, children pushed last-first so they come off in document order. The
  // document's own children are taken from childNodes: linkedom's doctype node has no nextSibling.
  const stack: DomNode[] = Array.from(doc.childNodes).reverse();
  const children: DomNode[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as DomElement;
    found.get(element.localName.toLowerCase())?.push(element);
    if (element.localName === 'template') continue;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) children.push(child);
    while (children.length > 0) stack.push(children.pop()!);
  }
  return found;
}

/** A light DOM for a fragment (a JSON body with markup, Readability's output): its body element. */
export function parseFragment(html: string): DomElement | null {
  return parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body;
}
