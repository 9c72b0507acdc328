/**
 * What the boilerplate cleaner (clean.ts) decides about one line on its own: its repair of glued sentences, the rule
 * that drops it (near the top of the page or in the body), whether it starts the body, whether it is a short label,
 * what is left without trailing credits. Every one is a pure function of the line, and a day's pages repeat their
 * lines (the outlet's footer, a wire story's paragraphs in hundreds of reprints), so a day's reading remembers them
 * (LineMemo, one per readDay call or parse worker); READ_EACH_LINE asks the rules every time.
 */
import { BoundedCache } from '../bounded-cache.js';
import { classifyLine, isShortLabel, stripTrailingCredits } from './boilerplate.js';
import { repairGluedSentences } from './glued.js';
import { startsBody } from './line-shape.js';

export interface LineJudge {
  repair(line: string): string;
  /** classifyLine: the rule that drops the line, or null; `top`: above the first paragraph of prose. */
  rule(line: string, top: boolean): string | null;
  startsBody(line: string): boolean;
  isShortLabel(line: string): boolean;
  /** The line without trailing credits (stripTrailingCredits). */
  kept(line: string): string;
}

export const READ_EACH_LINE: LineJudge = {
  repair: repairGluedSentences,
  rule: (line, top) => classifyLine(line, { top }),
  startsBody,
  isShortLabel,
  kept: stripTrailingCredits,
};

/** Distinct lines each of a LineMemo's answers keeps (a big day's pages have tens of thousands). */
const LINE_MEMO_LIMIT = 50_000;

export class LineMemo implements LineJudge {
  private readonly repairs = new BoundedCache(repairGluedSentences, LINE_MEMO_LIMIT);
  private readonly topRules = new BoundedCache((line) => classifyLine(line, { top: true }), LINE_MEMO_LIMIT);
  private readonly bodyRules = new BoundedCache((line) => classifyLine(line, { top: false }), LINE_MEMO_LIMIT);
  private readonly bodyStarts = new BoundedCache(startsBody, LINE_MEMO_LIMIT);
  private readonly labels = new BoundedCache(isShortLabel, LINE_MEMO_LIMIT);
  private readonly kepts = new BoundedCache(stripTrailingCredits, LINE_MEMO_LIMIT);

  repair(line: string): string {
    return this.repairs.get(line);
  }

  rule(line: string, top: boolean): string | null {
    return (top ? this.topRules : this.bodyRules).get(line);
  }

  startsBody(line: string): boolean {
    return this.bodyStarts.get(line);
  }

  isShortLabel(line: string): boolean {
    return this.labels.get(line);
  }

  kept(line: string): string {
    return this.kepts.get(line);
  }
}
