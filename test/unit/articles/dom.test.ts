import { describe, expect, it } from 'vitest';
import { elementsNamed, parseDocument, type DomElement } from '../../../lambdas/pipeline/articles/dom.js';

// What the metadata reader used to ask linkedom for, one selector per name: the walk must list the same elements.
function bySelector(html: string, name: string): unknown[] {
  const doc = parseDocument(html) as unknown as { querySelectorAll(s: string): ArrayLike<DomElement> };
  return Array.from(doc.querySelectorAll(name)).map((e) => e.getAttribute('name') ?? e.getAttribute('href') ?? e.getAttribute('type'));
}

function byWalk(html: string, name: string): unknown[] {
  return (elementsNamed(parseDocument(html), ['meta', 'link', 'script']).get(name) ?? []).map(
    (e) => e.getAttribute('name') ?? e.getAttribute('href') ?? e.getAttribute('type'),
  );
}

const PAGES = [
  '<!doctype html><html><head><meta name="a" content="1"><link rel="canonical" href="/c"><script type="application/ld+json">{}</script></head><body><p>x</p><meta name="b" content="2"></body></html>',
  // Inside <template> is left out, upper-case tags count, elements in <svg>, <noscript> and <table> count.
  '<html><head><template><meta name="hidden"><link href="/hidden"></template><META NAME="upper" CONTENT="u"></head><body><svg><script type="svg"></script></svg><noscript><meta name="ns"></noscript><table><meta name="tb"><tr><td><link href="/td"></td></tr></table></body></html>',
  // A second doctype mid-page, markup after </html>, no <html> at all.
  '<p>a<!DOCTYPE html><meta name="mid"><div><!DOCTYPE x><link href="/mid"></div>',
  '<html><body><p>x</p></body></html><meta name="after"><script type="after"></script>',
  'plain text with no markup',
];

describe('elementsNamed', () => {
  it('lists what querySelectorAll lists for each name, in the same order', () => {
    for (const html of PAGES) {
      for (const name of ['meta', 'link', 'script']) expect(byWalk(html, name), `${name} in ${html}`).toEqual(bySelector(html, name));
    }
  });
  it('finds nothing it was not asked for', () => {
    const found = elementsNamed(parseDocument(PAGES[0]!), ['link']);
    expect([...found.keys()]).toEqual(['link']);
    expect(found.get('link')).toHaveLength(1);
  });
});
