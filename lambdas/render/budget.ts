/**
 * The HTML size budget. Gmail clips a message whose HTML is over about 102 KB and hides the rest behind
 * "[Message clipped]", which also hides the unsubscribe link. When a day does not fit, the email shows the top
 * stories that do (in the pipeline's order: story cards first, then one-outlet briefs) and links to the full
 * archived digest for the rest.
 */
import type { Digest } from '../pipeline/model.js';
import { digestTemplate } from './generated/digest-template.js';
import { splitStories, toViewModel, type DigestView, type RenderOptions } from './view-model.js';

/**
 * Bytes of HTML an email may have. Under 100 KB with room to spare: delivery replaces the unsubscribe
 * placeholder with each recipient's token, and a few clients add their own markup before measuring.
 */
export const HTML_BUDGET_BYTES = 95_000;

export interface FittedView {
  view: DigestView;
  html: string;
}

export function htmlBytes(html: string): number {
  return Buffer.byteLength(html, 'utf8');
}

/**
 * The view with as many stories as fit in `budget` bytes of HTML, and that HTML. A day that fits renders once;
 * one that does not is cut by binary search on the number of stories shown (a few renders, each about a
 * millisecond), so the cost stays small whatever the size of the day.
 */
export function fitToBudget(digest: Digest, opts: RenderOptions, budget: number = HTML_BUDGET_BYTES): FittedView {
  const full = toViewModel(digest, opts);
  const fullHtml = digestTemplate(full);
  if (htmlBytes(fullHtml) <= budget) return { view: full, html: fullHtml };

  const { cards, briefs } = splitStories(digest);
  let lo = 0; // always shown (the header, notice and footer alone must fit; checked below)
  let hi = cards.length + briefs.length - 1; // known not to fit: every story
  let best: FittedView | null = null;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const view = toViewModel(digest, opts, { show: mid });
    const html = digestTemplate(view);
    if (htmlBytes(html) <= budget) {
      best = { view, html };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (!best) throw new Error(`renderEmail: even an email without stories is over ${budget} bytes`);
  return best;
}
