/**
 * The rendering entry point: a Digest becomes the four parts of an email.
 * The view model is built once (cut to the HTML size budget when the day is too big), so subject, preheader,
 * HTML and text always agree.
 */
import type { Digest } from '../pipeline/model.js';
import { fitToBudget } from './budget.js';
import { renderTextView } from './text.js';
import type { RenderOptions } from './view-model.js';

export type { RenderOptions } from './view-model.js';
export { renderArchiveHtml } from './html.js';
export { HTML_BUDGET_BYTES } from './budget.js';

export interface RenderedEmail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

export function renderEmail(digest: Digest, opts: RenderOptions): RenderedEmail {
  const { view, html } = fitToBudget(digest, opts);
  return { subject: view.subject, preheader: view.preheader, html, text: renderTextView(view) };
}
