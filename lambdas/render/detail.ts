/**
 * How much of each story card the email shows. A day's email shows every card in full when it fits the HTML size
 * budget; when even its top stories do not (a card with hundreds of disputed figures or statements), the budget
 * (budget.ts) shortens the cards before it drops any: `compact` keeps the lead, three statements, two figures and
 * one "Only in" item; `minimal` keeps the headline, the outlets and the lead. The archived digest keeps everything,
 * and the email says what was left out.
 */
import type { StoryView } from './view-types.js';

export type Detail = 'full' | 'compact' | 'minimal';

/** Tried in this order: a card is shortened only when the fuller form would not let the top stories fit. */
export const DETAILS: readonly Detail[] = ['full', 'compact', 'minimal'];

const KEPT: Readonly<Record<Exclude<Detail, 'full'>, { statements: number; figures: number; onlyIn: number }>> = {
  compact: { statements: 3, figures: 2, onlyIn: 1 },
  minimal: { statements: 0, figures: 0, onlyIn: 0 },
};

/** The card as shown at `detail`. */
export function atDetail(story: StoryView, detail: Detail): StoryView {
  if (detail === 'full') return story;
  const kept = KEPT[detail];
  const statements = story.statements.slice(0, kept.statements);
  const figures = story.figures.slice(0, kept.figures);
  const onlyIn: StoryView['onlyIn'] = [];
  let left = kept.onlyIn;
  for (const group of story.onlyIn) {
    if (left <= 0) break;
    const items = group.items.slice(0, left);
    left -= items.length;
    onlyIn.push({ ...group, items });
  }
  return { ...story, statements, hasStatements: statements.length > 0, figures, hasFigures: figures.length > 0, onlyIn, hasOnlyIn: onlyIn.length > 0 };
}
