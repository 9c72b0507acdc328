/**
 * The HTML part: the precompiled MJML/Handlebars template filled with the view model.
 * Handlebars escapes every value; the template is built by scripts/compile-templates.ts (never mjml at run time).
 */
import type { Digest } from '../pipeline/model.js';
import { digestTemplate } from './generated/digest-template.js';
import { toViewModel, type DigestView, type RenderOptions } from './view-model.js';

export function renderHtml(digest: Digest, opts: RenderOptions): string {
  return renderHtmlView(toViewModel(digest, opts));
}

/** For callers that already built the view model (renderEmail builds it once for every part). */
export function renderHtmlView(view: DigestView): string {
  return digestTemplate(view);
}
