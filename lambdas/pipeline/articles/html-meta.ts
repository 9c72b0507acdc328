/**
 * Page metadata from <meta>, <link> and JSON-LD: title, site name, canonical URL, publication time,
 * author. Read before Readability runs, since Readability rewrites the document.
 */
import { elementsNamed, type DomDocument, type DomElement } from './dom.js';
import { letterKey } from './line-shape.js';

export interface PageMeta {
  title?: string;
  siteName?: string;
  canonical?: string;
  ogUrl?: string;
  publishedAt?: string;
  author?: string;
}

/** meta content by lower-cased property / name / itemprop; the first one wins. */
function metaMap(metas: readonly DomElement[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of metas) {
    const content = meta.getAttribute('content');
    if (content == null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function canonicalHref(links: readonly DomElement[]): string | undefined {
  for (const link of links) {
    const rel = link.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = link.getAttribute('href');
    if (rel.includes('canonical') && href) return href;
  }
  return undefined;
}

type JsonLd = Record<string, unknown>;

/** The first NewsArticle-like object of the page's JSON-LD, if any; broken JSON-LD is ignored. */
function jsonLdArticle(scripts: readonly DomElement[]): JsonLd | undefined {
  for (const script of scripts) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item !== null && typeof item === 'object') {
        const obj = item as JsonLd;
        const type = obj['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/i.test(t))) return obj;
        if (obj['@graph'] !== undefined) queue.push(obj['@graph']);
      }
    }
  }
  return undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return str(value[0]);
  if (value !== null && typeof value === 'object') return str((value as JsonLd)['name']);
  return undefined;
}

export function readPageMeta(doc: DomDocument): PageMeta {
  const elements = elementsNamed(doc, ['meta', 'link', 'script']);
  const meta = metaMap(elements.get('meta') ?? []);
  const ld = jsonLdArticle(elements.get('script') ?? []);
  const pick = (...values: (string | undefined)[]): string | undefined => values.find((v) => v !== undefined && v.trim() !== '');
  const out: PageMeta = {};
  const title = pick(meta.get('og:title'), meta.get('twitter:title'), str(ld?.['headline']), doc.title);
  const siteName = pick(meta.get('og:site_name'), meta.get('application-name'), str(ld?.['publisher']));
  const canonical = pick(canonicalHref(elements.get('link') ?? []), str(ld?.['url']));
  const ogUrl = pick(meta.get('og:url'));
  const publishedAt = pick(
    meta.get('article:published_time'),
    str(ld?.['datePublished']),
    meta.get('datepublished'),
    meta.get('pubdate'),
    meta.get('publishdate'),
    meta.get('date'),
    meta.get('dc.date.issued'),
  );
  const author = pick(meta.get('author'), str(ld?.['author']), meta.get('article:author'));
  if (title !== undefined) out.title = title;
  if (siteName !== undefined) out.siteName = siteName;
  if (canonical !== undefined) out.canonical = canonical;
  if (ogUrl !== undefined) out.ogUrl = ogUrl;
  if (publishedAt !== undefined) out.publishedAt = publishedAt;
  if (author !== undefined) out.author = author;
  return out;
}

/** "Headline | Site" -> "Headline" when the suffix (or prefix) is the site's name. */
export function stripSiteName(title: string, siteName: string | undefined): string {
  if (siteName === undefined) return title;
  const site = letterKey(siteName);
  // Bounded spaces around the separator: the unbounded form was quadratic on a long run of them.
  const parts = title.split(/\s{1,8}[|–—-]\s{1,8}/);
  if (parts.length < 2 || site === '') return title;
  if (letterKey(parts[parts.length - 1] ?? '') === site) return parts.slice(0, -1).join(' - ');
  if (letterKey(parts[0] ?? '') === site) return parts.slice(1).join(' - ');
  return title;
}
