/** One generated article written as a pasted-text page (.txt), a JSON export (.json) or a web page (.html). */
import type { Rng } from './prng.js';
import { boilerplateLine, boilerplateLines } from './boilerplate.js';

export type Format = 'txt' | 'json' | 'html';

export interface ArticleDraft {
  outlet: string;
  title: string;
  paragraphs: string[][];
  url: string;
  publishedAt: string;
  author: string;
}

/** Body paragraphs with boilerplate lines slipped in between some of them (ad slots, captions). */
function bodyWithInserts(rng: Rng, d: ArticleDraft): string[] {
  const out: string[] = [];
  d.paragraphs.forEach((p, i) => {
    out.push(p.join(' '));
    if (i < d.paragraphs.length - 1 && rng.chance(0.15)) out.push(boilerplateLine(rng, d.outlet));
  });
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderTxt(rng: Rng, d: ArticleDraft): string {
  const lines = [
    ...boilerplateLines(rng, d.outlet, 0, 2),
    d.title,
    '',
    ...(rng.chance(0.5) ? [`By ${d.author}`] : []),
    ...bodyWithInserts(rng, d).flatMap((p) => [p, '']),
    ...boilerplateLines(rng, d.outlet, 1, 3),
  ];
  return lines.join('\n') + '\n';
}

export function renderJson(rng: Rng, d: ArticleDraft): string {
  // Exports from content systems often keep a caption or an ad marker in the body.
  const body = rng.chance(0.3) ? bodyWithInserts(rng, d) : d.paragraphs.map((p) => p.join(' '));
  return JSON.stringify({ title: d.title, text: body.join('\n\n'), source: d.outlet, url: d.url, publishedAt: d.publishedAt, author: d.author }, null, 2) + '\n';
}

export function renderHtml(rng: Rng, d: ArticleDraft): string {
  const t = escapeHtml(d.title);
  const nav = boilerplateLines(rng, d.outlet, 1, 3).map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  const aside = boilerplateLines(rng, d.outlet, 1, 2).map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  const body = bodyWithInserts(rng, d).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${t} | ${escapeHtml(d.outlet)}</title>
<meta property="og:title" content="${t}">
<meta property="og:site_name" content="${escapeHtml(d.outlet)}">
<meta property="article:published_time" content="${d.publishedAt}">
<meta property="article:author" content="${escapeHtml(d.author)}">
<link rel="canonical" href="${escapeHtml(d.url)}">
<style>.ad{border:1px solid #ccc}</style>
</head><body>
<header><nav><ul>${nav}</ul></nav></header>
<div class="ad"><p>Advertisement</p></div>
<main><article>
<h1>${t}</h1>
<p class="byline">By ${escapeHtml(d.author)}</p>
${body}
</article>
<aside class="related">${aside}</aside></main>
<footer><p>${escapeHtml(boilerplateLine(rng, d.outlet))}</p></footer>
</body></html>
`;
}

export function renderArticle(rng: Rng, format: Format, d: ArticleDraft): string {
  return format === 'txt' ? renderTxt(rng, d) : format === 'json' ? renderJson(rng, d) : renderHtml(rng, d);
}
