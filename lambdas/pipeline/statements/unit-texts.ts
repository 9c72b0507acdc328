/**
 * What a day asks about its unit texts again and again, remembered for the day (day-context.ts): what a unit's text
 * says alone for attribution (attribution/unit-parse.ts), its normalised words (the key that collapses identical
 * statements, redundancy.ts) and whether a unit is a statement at all (units.ts isStatement). Each answer is a pure
 * function of what it is asked; the same sentence in 500 reports is answered once. Bounded like every day cache.
 */
import { BoundedCache } from '../bounded-cache.js';
import { UnitParses, type UnitParse } from '../attribution/index.js';
import { normalisedWords } from '../text/tokens.js';
import { isStatement, type StatementUnit } from './units.js';

/** How merging asks about unit texts: a day's UnitTexts, or PLAIN_UNIT_TEXTS (every answer computed afresh). */
export interface UnitTextAnswers {
  parse?: (text: string) => UnitParse;
  normalised: (text: string) => string;
  isStatement: (unit: Pick<StatementUnit, 'kind' | 'reported' | 'text'>) => boolean;
}

export const PLAIN_UNIT_TEXTS: UnitTextAnswers = { normalised: normalisedWords, isStatement };

const UNIT_TEXTS_LIMIT = 50_000;

export class UnitTexts implements UnitTextAnswers {
  private readonly parses = new UnitParses();
  private readonly words = new BoundedCache(normalisedWords, UNIT_TEXTS_LIMIT);
  /** Keyed by kind, reported and text: all isStatement reads of a unit. */
  private readonly verdicts = new BoundedCache(
    (key) => isStatement({ kind: key[0] === 'q' ? 'quote' : 'claim', reported: key[1] === '1', text: key.slice(2) }),
    UNIT_TEXTS_LIMIT,
  );

  readonly parse = (text: string): UnitParse => this.parses.of(text);
  readonly normalised = (text: string): string => this.words.get(text);
  readonly isStatement = (u: Pick<StatementUnit, 'kind' | 'reported' | 'text'>): boolean => this.verdicts.get(`${u.kind === 'quote' ? 'q' : 'c'}${u.reported ? '1' : '0'}${u.text}`);
}
