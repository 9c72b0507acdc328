/**
 * The HTML size budget. Gmail clips a message whose HTML is over about 102 KB and hides the rest behind
 * "[Message clipped]", which also hides the unsubscribe link. When a day does not fit, the email shows the top
 * stories that do (in the pipeline's order: story cards first, then one-outlet briefs), their cards shortened when
 * even the top few would not fit whole, and links to the full archived digest for the rest.
 */
import type { Digest } from '../pipeline/model.js';
import { digestTemplate } from './generated/digest-template.js';
import { toViewModel, type DigestView, type RenderOptions } from './view-model.js';
import { DETAILS, type Detail } from './detail.js';

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

/** The least a day's email shows when it has stories: its top ones, cards shortened if need be (detail.ts). */
export const MIN_STORIES_SHOWN = 5;

/**
 * The view with as many stories as fit in `budget` bytes of HTML, and that HTML. A day that fits renders once;
 * one that does not is cut by binary search on the number of stories shown (a few renders, each about a
 * millisecond), so the cost stays small whatever the size of the day. Cards are shown in full while that lets the
 * top MIN_STORIES_SHOWN stories (or all, if fewer) fit; else shortened (compact, then minimal) before stories are
 * dropped, so a day with stories never shows none.
 */
export function fitToBudget(digest: Digest, opts: RenderOptions, budget: number = HTML_BUDGET_BYTES): FittedView {
  const full = toViewModel(digest, opts);
  const fullHtml = digestTemplate(full);
  if (htmlBytes(fullHtml) <= budget) return { view: full, html: fullHtml };

  const total = digest.stories.length;
  let best: { fitted: FittedView; shown: number } | null = null;
  for (const detail of DETAILS) {
    const found = largestFit(digest, opts, budget, detail, total);
    if (found && (!best || found.shown > best.shown)) best = found;
    if (best && best.shown >= Math.min(total, MIN_STORIES_SHOWN)) break;
  }
  if (!best || (total > 0 && best.shown === 0)) throw new Error(`renderEmail: not even one story fits in ${budget} bytes`);
  return best.fitted;
}

/** The most stories that fit at `detail` (binary search over how many are shown), or null when none does. */
function largestFit(digest: Digest, opts: RenderOptions, budget: number, detail: Detail, total: number): { fitted: FittedView; shown: number } | null {
  let lo = detail === 'full' ? 0 : 1;
  let hi = total;
  let best: { fitted: FittedView; shown: number } | null = null;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const view = toViewModel(digest, opts, { show: mid, detail });
    const html = digestTemplate(view);
    if (htmlBytes(html) <= budget) {
      best = { fitted: { view, html }, shown: mid };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}
