/**
 * The rendering entry point: a Digest becomes the four parts of an email.
 * The view model is built once, so subject, preheader, HTML and text always agree.
 */
import type { Digest } from '../pipeline/model.js';
import { renderHtmlView } from './html.js';
import { renderTextView } from './text.js';
import { toViewModel, type RenderOptions } from './view-model.js';

export type { RenderOptions } from './view-model.js';

export interface RenderedEmail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

export function renderEmail(digest: Digest, opts: RenderOptions): RenderedEmail {
  const view = toViewModel(digest, opts);
  return { subject: view.subject, preheader: view.preheader, html: renderHtmlView(view), text: renderTextView(view) };
}
