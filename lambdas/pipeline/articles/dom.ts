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
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  body: DomElement | null;
  documentElement: DomElement | null;
  title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A light DOM for a whole page. */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/** A light DOM for a fragment (a JSON body with markup, Readability's output): its body element. */
export function parseFragment(html: string): DomElement | null {
  return parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body;
}
