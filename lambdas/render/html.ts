/**
 * The HTML part: the precompiled MJML/Handlebars template filled with the view model.
 * Handlebars escapes every value; the template is built by scripts/compile-templates.ts (never mjml at run time).
 */
import type { Digest } from '../pipeline/model.js';
import { fitToBudget } from './budget.js';
import { digestTemplate } from './generated/digest-template.js';
import { toViewModel, type DigestView, type RenderOptions } from './view-model.js';

/** The email's HTML: every story that fits in the size budget (see budget.ts). */
export function renderHtml(digest: Digest, opts: RenderOptions): string {
  return fitToBudget(digest, opts).html;
}

/**
 * The archived web copy: every story, whatever the size (a browser does not clip), and no "view in browser"
 * link to itself. The email's "Read the full digest" link points here.
 */
export function renderArchiveHtml(digest: Digest, opts: Pick<RenderOptions, 'unsubscribeUrl'>): string {
  return renderHtmlView(toViewModel(digest, { unsubscribeUrl: opts.unsubscribeUrl }));
}

/** For callers that already built the view model. No size budget is applied here. */
export function renderHtmlView(view: DigestView): string {
  return digestTemplate(view);
}
