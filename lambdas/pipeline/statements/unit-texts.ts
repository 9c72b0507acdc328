/**
 * What a day asks about its unit texts again and again, remembered for the day (day-context.ts): what a unit's text
 * says alone for attribution (attribution/unit-parse.ts), its normalised words (the key that collapses identical
 * statements, redundancy.ts) and whether a unit is a statement at all (units.ts isStatement). Each answer is a pure
 * function of what it is asked; a text met again is answered from memory (bounded: DAY_MEMO_LIMITS.units).
 */
import { DAY_MEMO_LIMITS, RepeatCache } from '../bounded-cache.js';
import { parseUnit, type UnitParse } from '../attribution/index.js';
import { normalisedWords } from '../text/tokens.js';
import { isStatement, type StatementUnit } from './units.js';

type UnitShape = Pick<StatementUnit, 'kind' | 'reported' | 'text'>;

/** How merging asks about unit texts: a day's UnitTexts, or PLAIN_UNIT_TEXTS (every answer computed afresh). */
export interface UnitTextAnswers {
  parse?: (text: string) => UnitParse;
  normalised: (text: string) => string;
  isStatement: (unit: UnitShape) => boolean;
}

export const PLAIN_UNIT_TEXTS: UnitTextAnswers = { normalised: normalisedWords, isStatement };

/** One unit text's answers, each computed when first asked. */
class UnitFacts {
  private parsed?: UnitParse;
  private words?: string;
  /** isStatement by kind and reported: [claim, claim reported, quote, quote reported]. */
  private readonly verdicts: (boolean | undefined)[] = [];

  constructor(private readonly text: string) {}

  get parse(): UnitParse {
    return (this.parsed ??= parseUnit(this.text));
  }

  get normalised(): string {
    return (this.words ??= normalisedWords(this.text));
  }

  isStatement(u: UnitShape): boolean {
    const k = (u.kind === 'quote' ? 2 : 0) + (u.reported ? 1 : 0);
    return (this.verdicts[k] ??= isStatement(u));
  }
}

export class UnitTexts implements UnitTextAnswers {
  private readonly facts = new RepeatCache((text) => new UnitFacts(text), DAY_MEMO_LIMITS.units);

  // parse is asked once per unit as it is made, so it alone notes an occurrence (a text met twice is kept); the
  // later questions about the same unit read what is kept, or answer afresh.
  readonly parse = (text: string): UnitParse => this.facts.get(text).parse;
  readonly normalised = (text: string): string => this.facts.peek(text)?.normalised ?? normalisedWords(text);
  readonly isStatement = (u: UnitShape): boolean => this.facts.peek(u.text)?.isStatement(u) ?? isStatement(u);
}
