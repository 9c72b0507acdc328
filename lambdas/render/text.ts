/**
 * The plain-text part, written for reading in a plain-text client (not derived from the HTML):
 * the same content and links as the HTML, wrapped at 78 columns, links spelled out.
 */
import type { Digest } from '../pipeline/model.js';
import { toViewModel, type DigestView, type RenderOptions, type StoryView } from './view-model.js';
import { TEXT_WIDTH, wrapParagraph } from './wrap.js';

const RULE = '='.repeat(TEXT_WIDTH);
const THIN_RULE = '-'.repeat(TEXT_WIDTH);

export function renderText(digest: Digest, opts: RenderOptions): string {
  return renderTextView(toViewModel(digest, opts));
}

export function renderTextView(view: DigestView): string {
  const out: string[] = [];
  out.push(...wrapParagraph(`NEWS DIGEST - ${view.dateLabel}`), ...wrapParagraph(view.totals), '', RULE);
  if (!view.hasStories) out.push('', ...wrapParagraph('No story was reported by the outlets we read today.'));
  view.stories.forEach((story, i) => {
    if (i > 0) out.push('', THIN_RULE);
    out.push('', ...storyLines(story));
  });
  out.push('', RULE, '', ...wrapParagraph(view.footer.reason), '');
  if (view.footer.archiveUrl) out.push(...wrapParagraph(`View in browser: ${view.footer.archiveUrl}`));
  out.push(...wrapParagraph(`Unsubscribe: ${view.footer.unsubscribeUrl}`));
  return `${out.join('\n')}\n`;
}

function storyLines(story: StoryView): string[] {
  const number = `${story.number}. `;
  const pad = ' '.repeat(number.length);
  const out = wrapParagraph(story.headline, { firstIndent: number, indent: pad });
  const names = story.outlets.map((o) => o.name + o.sep).join('');
  out.push(...wrapParagraph(`${story.outletCount}: ${names}`, { indent: pad }));

  for (const statement of story.statements) {
    out.push('', ...wrapParagraph(statement.text, { indent: `${pad}  ` }));
    // Continuation lines hang under the speaker, past the dash.
    out.push(...wrapParagraph(statement.attribution, { firstIndent: `${pad}  `, indent: `${pad}    ` }));
  }

  if (story.hasFigures) {
    out.push('', `${pad}WHERE REPORTS DIFFER`);
    for (const figure of story.figures) {
      out.push(...wrapParagraph(`${figure.subject}:`, { indent: pad }));
      for (const v of figure.values) {
        const claim = v.claimedBy ? ` (according to ${v.claimedBy})` : '';
        out.push(...wrapParagraph(`${v.text} - ${v.outlets}${claim}`, { firstIndent: `${pad}- `, indent: `${pad}  ` }));
      }
    }
  }

  const linked = story.outlets.filter((o) => o.url !== null);
  if (linked.length > 0) {
    out.push('', `${pad}Read the reports:`);
    for (const o of linked) out.push(...wrapParagraph(`${o.name}: ${o.url}`, { firstIndent: `${pad}- `, indent: `${pad}  ` }));
  }
  return out;
}
