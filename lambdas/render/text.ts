/**
 * The plain-text part, written for reading in a plain-text client (not derived from the HTML):
 * the same content and links as the HTML, wrapped at 78 columns, links spelled out.
 */
import type { Digest } from '../pipeline/model.js';
import { fitToBudget } from './budget.js';
import type { BriefView, DigestView, RenderOptions, StatementView, StoryView } from './view-model.js';
import { TEXT_WIDTH, wrapParagraph } from './wrap.js';

const RULE = '='.repeat(TEXT_WIDTH);
const THIN_RULE = '-'.repeat(TEXT_WIDTH);

/** The text part of the email renderEmail builds (the same stories as its HTML). */
export function renderText(digest: Digest, opts: RenderOptions): string {
  return renderTextView(fitToBudget(digest, opts).view);
}

export function renderTextView(view: DigestView): string {
  const out: string[] = [];
  out.push(...wrapParagraph(`NEWS DIGEST - ${view.dateLabel}`), ...wrapParagraph(view.totals));
  if (view.omitted) {
    const link = view.omitted.url ? ` Read all of them: ${view.omitted.url}` : '';
    out.push('', ...wrapParagraph(`${view.omitted.message}${link}`));
  }
  out.push('', RULE);
  if (view.isEmpty) out.push('', ...wrapParagraph('No story was reported by the outlets we read today.'));
  view.stories.forEach((story, i) => {
    if (i > 0) out.push('', THIN_RULE);
    out.push('', ...storyLines(story));
  });
  if (view.hasBriefs) {
    if (view.hasStories) out.push('', THIN_RULE);
    out.push('', view.briefsHeading.toUpperCase());
    for (const brief of view.briefs) out.push('', ...briefLines(brief));
  }
  if (view.omitted) {
    out.push('', THIN_RULE, '', ...wrapParagraph(`${view.omitted.count} did not fit in this email. ${view.omitted.message}`));
    if (view.omitted.url) out.push(...wrapParagraph(`Read the full digest: ${view.omitted.url}`));
  }
  out.push('', RULE, '', ...wrapParagraph(view.footer.reason), '');
  if (view.footer.archiveUrl) out.push(...wrapParagraph(`View in browser: ${view.footer.archiveUrl}`));
  out.push(...wrapParagraph(`Unsubscribe: ${view.footer.unsubscribeUrl}`));
  return `${out.join('\n')}\n`;
}

const NEW_MARK = '[NEW] ';

function storyLines(story: StoryView): string[] {
  const number = `${story.number}. `;
  const pad = ' '.repeat(number.length);
  const out: string[] = [];
  if (story.continuing) out.push(`${pad}CONTINUING`);
  out.push(...wrapParagraph(story.headline, { firstIndent: number, indent: pad }));
  const names = story.outlets.map((o) => o.name + o.sep).join('');
  out.push(...wrapParagraph(`${story.outletCount}: ${names}`, { indent: pad }));
  if (story.continuing) {
    const c = story.continuing;
    out.push('', ...wrapParagraph(`${c.label}: “${c.previousTitle}”. ${c.whatIsNew}`, { indent: pad }));
  }
  if (story.lead) {
    const lead = story.lead;
    out.push('', ...wrapParagraph(`${lead.isNew ? NEW_MARK : ''}${lead.text} (${lead.outletCount})`, { indent: pad }));
  }

  for (const statement of story.statements) out.push('', ...statementLines(statement, `${pad}  `));

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

  if (story.hasOnlyIn) {
    out.push('', `${pad}WHAT SINGLE REPORTS ADD`);
    for (const group of story.onlyIn) {
      for (const item of group.items) {
        const who = item.speaker ? ` - ${item.speaker}` : '';
        const line = `${group.label}: ${item.isNew ? NEW_MARK : ''}${item.text}${who}`;
        out.push(...wrapParagraph(line, { firstIndent: `${pad}- `, indent: `${pad}  ` }));
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

function statementLines(statement: StatementView, indent: string): string[] {
  const out = wrapParagraph(`${statement.isNew ? NEW_MARK : ''}${statement.text}`, { indent });
  // Continuation lines hang under the speaker, past the dash.
  out.push(...wrapParagraph(statement.attribution, { firstIndent: indent, indent: `${indent}  ` }));
  return out;
}

function briefLines(brief: BriefView): string[] {
  const out = wrapParagraph(`${brief.headline} - ${brief.outlet}`, { firstIndent: '- ', indent: '  ' });
  if (brief.summary) out.push(...wrapParagraph(brief.summary, { indent: '  ' }));
  if (brief.url) out.push(...wrapParagraph(brief.url, { indent: '  ' }));
  return out;
}
