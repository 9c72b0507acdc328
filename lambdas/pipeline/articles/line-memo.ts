/**
 * What the boilerplate cleaner (clean.ts) decides about one line on its own: its repair of glued sentences, the rule
 * that drops it (near the top of the page or in the body), whether it starts the body, whether it is a short label,
 * what is left without trailing credits. Every one is a pure function of the line, and a day's pages repeat their
 * lines (the outlet's footer, a wire story's paragraphs in hundreds of reprints), so a day's reading remembers the
 * lines it meets again (LineMemo, one per readDay call or parse worker; bounded: DAY_MEMO_LIMITS.lines). READ_EACH_LINE
 * asks the rules every time.
 */
import { DAY_MEMO_LIMITS, RepeatCache } from '../bounded-cache.js';
import { classifyLine, isShortLabel, stripTrailingCredits } from './boilerplate.js';
import { repairGluedSentences } from './glued.js';
import { startsBody } from './line-shape.js';

/** One line's verdicts, each computed when first asked. */
export class LineFacts {
  private topRule?: string | null;
  private bodyRule?: string | null;
  private starts?: boolean;
  private label?: boolean;
  private rest?: string;

  constructor(readonly line: string) {}

  /** classifyLine: the rule that drops the line, or null; `top`: above the first paragraph of prose. */
  rule(top: boolean): string | null {
    if (top) return this.topRule === undefined ? (this.topRule = classifyLine(this.line, { top: true })) : this.topRule;
    return this.bodyRule === undefined ? (this.bodyRule = classifyLine(this.line, { top: false })) : this.bodyRule;
  }

  get startsBody(): boolean {
    return (this.starts ??= startsBody(this.line));
  }

  get isShortLabel(): boolean {
    return (this.label ??= isShortLabel(this.line));
  }

  /** The line without trailing credits (stripTrailingCredits). */
  get kept(): string {
    return (this.rest ??= stripTrailingCredits(this.line));
  }
}

export interface LineJudge {
  /** The line with glued sentences parted (repairGluedSentences), and its verdicts. */
  facts(raw: string): LineFacts;
}

export const READ_EACH_LINE: LineJudge = { facts: (raw) => new LineFacts(repairGluedSentences(raw)) };

export class LineMemo implements LineJudge {
  private readonly lines = new RepeatCache((raw) => new LineFacts(repairGluedSentences(raw)), DAY_MEMO_LIMITS.lines);

  facts(raw: string): LineFacts {
    return this.lines.get(raw);
  }
}
