/**
 * Quantities in one sentence: the number, its qualifier ("at least"), what it counts ("North Korean troops")
 * and who claims it. Figures that outlets disagree on are built from these (disputes.ts).
 *
 * A number only becomes a quantity when something tells what it measures: a counted noun after it
 * ("3,000 troops"), a currency, a percent sign, a magnitude, or a tally noun before it ("death toll rose to
 * 40", "a force of 3,000"). Bare numbers ("Reid, 33,", "Article 4") never do; that one rule removes most
 * non-figures, and not-figures.ts removes the rest (dates, years, ages, labels, hyphenated adjectives).
 *
 * Here: the steps that read one number (quantityOf). The phrases around a number and how far they are looked for
 * are in quantity-phrases.ts, the word lists in quantity-words.ts.
 */
import { isCapitalised, figureTokens, type FigureToken } from './figure-tokens.js';
import { mayHoldNumber, parseNumberAt, type ParsedNumber } from './numbers.js';
import { notFigureReason, quotedTitleRanges } from './not-figures.js';
import { countsPeople, headKey, TIME_UNITS } from './heads.js';
import { PORTER, type Stemmer } from '../text/tokens.js';
import { DAY_MEMO_LIMITS, RepeatCache } from '../bounded-cache.js';
import { findClaimant } from '../attribution/claimant.js';
import {
  AMOUNT_UNITS, ANAPHORIC_HEADS, APPROXIMATE, CHANGE_VERBS, COMPARATIVES, HEADLESS_KEY, unitName, CURRENCY_PREFIX, CURRENCY_SYMBOLS, CURRENCY_WORDS, INCREMENT_AFTER, INCREMENT_BEFORE,
  INJURE_WORDS, KILL_WORDS, UNIT_WORDS,
} from './quantity-words.js';
import {
  countedAfter, DEFAULT_QUANTITY_WINDOWS, isRateAt, isRateInClause, modifierStems, peopleRole, phraseAfter, qualifierBefore,
  tallyBefore, tallyOrSubjectBefore, type Counted, type QuantityWindows,
} from './quantity-phrases.js';

export { DEFAULT_QUANTITY_WINDOWS, type QuantityWindows } from './quantity-phrases.js';

/** count: things or people; money; percent; magnitude (earthquakes); measure: physical units ("hectares of forest"). */
export type QuantityKind = 'count' | 'money' | 'percent' | 'magnitude' | 'measure';

/**
 * total: how many there are; rate: how many per time or per batch ("1,500 soldiers at a time", "40 a day");
 * change: an increment or difference ("2,000 more troops", "rose 5%"). Only like measures are compared.
 */
export type QuantityMeasure = 'total' | 'rate' | 'change';

export interface Quantity {
  /** Normalised value; null for vague amounts ("thousands of"). */
  value: number | null;
  vague: boolean;
  /** Qualifier and number as printed: "at least 3,000", "$2.5bn", "70 percent". */
  text: string;
  qualifier: string | null;
  /** The qualifier makes the number a rounded estimate ("about", "around", "nearly"). */
  approximate: boolean;
  kind: QuantityKind;
  measure: QuantityMeasure;
  /** Currency code for money, the unit for measures; null otherwise. */
  unit: string | null;
  /** The counted thing as printed ("North Korean troops"); null when the sentence does not say. */
  subject: string | null;
  /** Its head noun, lower case ("troops"). */
  head: string | null;
  /**
   * Bucket of equivalent heads ("troops" for troops/soldiers/forces; "dead" for killed/deaths/dead people). It ends
   * in HEADLESS_KEY when only a unit says what is measured ("nearly 20,000 litres poured out", "held barely 22
   * percent", "put the figure at 90 percent"): the story's other mentions of that unit tell which quantity it is
   * (disputes.ts).
   */
  key: string | null;
  /** Stems of the words restricting the head ("north", "korean"), sorted, for telling subjects apart. */
  modifiers: string[];
  claimant: string | null;
  /** Character offsets of `text` in the sentence. */
  start: number;
  end: number;
}

/**
 * What is known of one number while quantityOf reads the words around it. readNumber makes it; readUnit,
 * readCounted and describeCounted each fill in their part or reject the number.
 */
interface Reading {
  kind: QuantityKind;
  measure: QuantityMeasure;
  /** Currency code, 'percent' or the physical unit; null for a plain count. */
  unit: string | null;
  /** The qualifier before the number and its first token ("at least" in "at least 3,000"). */
  qualifier: [string, number] | null;
  /** First token of the number, its currency symbol included ("US$3" starts at "US"). */
  first: number;
  /** Tokens of the printed text (qualifier, symbol, number, unit word or percent sign), both inclusive. */
  textFirst: number;
  textEnd: number;
  /** The token right before the printed text: where words before the number are looked for. */
  before: number;
  /** The first token after the number (and its unit word): where words after it are looked for. */
  next: number;
  counted: Counted | null;
  head: string | null;
  key: string | null;
  /** A unit with nothing said of what it measures (Quantity.key ends in HEADLESS_KEY). */
  headless: boolean;
}

/**
 * Quantities of one sentence, in order. Vague amounts are included with `value: null, vague: true`.
 * `windows`: how far the words of a number are looked for (DEFAULT_QUANTITY_WINDOWS).
 */
export function extractQuantities(sentence: string, windows: QuantityWindows = DEFAULT_QUANTITY_WINDOWS, stems: Stemmer = PORTER): Quantity[] {
  if (!mayHoldNumber(sentence)) return [];
  const toks = figureTokens(sentence);
  const titles = quotedTitleRanges(sentence);
  const out: Quantity[] = [];
  for (let i = 0; i < toks.length; ) {
    const n = parseNumberAt(toks, i);
    if (!n) {
      i++;
      continue;
    }
    i = Math.max(n.end, i + 1);
    const q = quantityOf(sentence, toks, n, titles, windows, stems);
    if (q) out.push(q);
  }
  return out;
}

/**
 * extractQuantities remembered per sentence, for one day and one stemmer: the same sentence in 500 reports is read
 * once. Owned by the day's context (day-context.ts); bounded (DAY_MEMO_LIMITS.units).
 * The answers are shared: a caller copies a quantity before it changes one.
 */
export class QuantityReader {
  private readonly sentences: RepeatCache<readonly Quantity[]>;

  constructor(stems: Stemmer) {
    this.sentences = new RepeatCache((sentence) => extractQuantities(sentence, DEFAULT_QUANTITY_WINDOWS, stems), DAY_MEMO_LIMITS.units);
  }

  readonly of = (sentence: string): readonly Quantity[] => this.sentences.get(sentence);
}

/**
 * The quantity a parsed number stands for, or null when nothing says what it measures. In steps: the number with
 * its currency symbol and qualifier, what follows it (percent, currency word, magnitude, "-strong"), what it counts,
 * then its subject, key and claimant.
 */
function quantityOf(
  sentence: string,
  toks: readonly FigureToken[],
  n: ParsedNumber,
  titles: ReadonlyArray<[number, number]>,
  w: QuantityWindows,
  stems: Stemmer,
): Quantity | null {
  const r = readNumber(toks, n, titles);
  if (!r || !readUnit(toks, r, w) || !readCounted(toks, n, r, w, stems)) return null;
  const { subject, modifiers } = describeCounted(sentence, toks, r, w, stems);
  if (!r.key && !n.vague) return null;
  const headless = r.headless || (r.head !== null && ANAPHORIC_HEADS.has(r.head) && r.unit !== null);

  const start = toks[r.textFirst]!.start;
  const end = toks[r.textEnd]!.end;
  const afterPhrase = r.counted ? r.counted.after : r.textEnd + 1;
  return {
    value: n.value,
    vague: n.vague,
    text: sentence.slice(start, end),
    qualifier: r.qualifier ? r.qualifier[0] : null,
    approximate: r.qualifier ? APPROXIMATE.has(r.qualifier[0]) : false,
    kind: r.kind,
    measure: r.measure,
    unit: r.unit,
    subject: headless ? r.unit : subject,
    head: headless ? null : r.head,
    key: r.key ? `${r.kind}:${r.unit ?? ''}:${headless ? HEADLESS_KEY : r.key}` : null,
    modifiers: headless ? [] : modifiers,
    claimant: n.vague ? null : findClaimant(sentence, toks, r.textFirst, afterPhrase),
    start,
    end,
  };
}

/**
 * The number with what is printed before it: a currency symbol ("$3", "US$3"), a qualifier ("at least") and an
 * increment word ("another 2,000"). Null for what is no figure (a date, a label: not-figures.ts).
 */
function readNumber(toks: readonly FigureToken[], n: ParsedNumber, titles: ReadonlyArray<[number, number]>): Reading | null {
  let first = n.first;
  let unit: string | null = null;
  const sym = toks[first - 1];
  const currency = sym?.kind === 'punct' ? CURRENCY_SYMBOLS.get(sym.text) : undefined;
  if (sym && currency) {
    unit = currency;
    first--;
    if (toks[first - 1] && CURRENCY_PREFIX.test(toks[first - 1]!.lower) && !sym.spaceBefore) first--;
  }
  // Labels and dates are judged on the bare number, but a currency makes it money whatever precedes it.
  if (unit ? n.gluedNonCount : notFigureReason(toks, n, titles)) return null;

  const qualifier = qualifierBefore(toks, first);
  const textFirst = qualifier ? qualifier[1] : first;
  const before = textFirst - 1;
  const increment = isIncrementBefore(toks[before]) || isIncrementBefore(toks[first - 1]);
  return {
    kind: 'count', measure: increment ? 'change' : 'total', unit, qualifier, first, textFirst, textEnd: n.end - 1, before,
    next: n.end, counted: null, head: null, key: null, headless: false,
  };
}

function isIncrementBefore(t: FigureToken | undefined): boolean {
  return t !== undefined && INCREMENT_BEFORE.has(t.lower);
}

/** What the words right after (or before) the number make it: a percentage, money, a magnitude, "3,000-strong". */
function readUnit(toks: readonly FigureToken[], r: Reading, w: QuantityWindows): boolean {
  const k = r.next;
  const next = toks[k];
  const hyphenWord = next && next.text === '-' && !next.spaceBefore ? toks[k + 1] : undefined;
  if (!r.unit && next && isPercentSign(toks, k)) return readPercent(toks, r, w);
  if (!r.unit && next && CURRENCY_WORDS.get(next.lower) && !(next.lower === 'won' && isCapitalised(next) === false && toks[k + 1]?.kind === 'word')) {
    r.kind = 'money';
    r.unit = CURRENCY_WORDS.get(next.lower)!;
    r.textEnd = k;
    r.next = k + 1;
  } else if (hyphenWord?.lower === 'magnitude' || next?.lower === 'magnitude' || toks[r.first - 1]?.lower === 'magnitude'
    || (toks[r.first - 1]?.text === '-' && toks[r.first - 2]?.lower === 'magnitude')) {
    r.kind = 'magnitude';
    r.head = 'magnitude';
    r.key = 'magnitude';
  } else if (hyphenWord?.lower === 'strong') {
    // "a 3,000-strong force": the count is of the noun after "strong".
    r.counted = countedAfter(toks, k + 2, w) ?? phraseAfter(toks, k + 2, w);
    if (!r.counted) return false;
  }
  return true;
}

function isPercentSign(toks: readonly FigureToken[], k: number): boolean {
  const t = toks[k]!;
  return t.text === '%' || t.lower === 'percent' || t.lower === 'pct' || (t.lower === 'per' && toks[k + 1]?.lower === 'cent');
}

/** "70 percent of the vote", "rose 5%", "5 percentage points": a percentage needs a subject, after or before it. */
function readPercent(toks: readonly FigureToken[], r: Reading, w: QuantityWindows): boolean {
  r.kind = 'percent';
  r.unit = 'percent';
  r.textEnd = toks[r.next]!.lower === 'per' ? r.next + 1 : r.next;
  const k = (r.next = r.textEnd + 1);
  if (toks[k]?.lower === 'points' || (toks[k]?.lower === 'percentage' && toks[k + 1]?.lower === 'points')) r.measure = 'change';
  // "rose 5%", "pay 11 per cent more": a change, not a level.
  if (CHANGE_VERBS.has(toks[r.before]?.lower ?? '') || COMPARATIVES.has(toks[k]?.lower ?? '')) r.measure = 'change';
  r.counted = toks[k]?.lower === 'of' ? phraseAfter(toks, k + 1, w) : null;
  // "unemployment rose to 5%", "turnout of 60%": the subject is before the link word.
  r.counted ??= tallyOrSubjectBefore(toks, r.before, w);
  return r.counted !== null || readUnitOnly(r, 'percent');
}

/**
 * A number whose unit is all that says what it measures ("held barely 22 percent", "20,000 litres poured out"). It
 * is kept as a headless quantity of that unit, and disputes.ts places it among the story's mentions of the unit.
 */
function readUnitOnly(r: Reading, unit: string): true {
  r.unit = unit;
  r.headless = true;
  r.key = HEADLESS_KEY;
  r.head = null;
  return true;
}

/** What the number counts, for money and plain counts (a percentage, a magnitude or "-strong" already know). */
function readCounted(toks: readonly FigureToken[], n: ParsedNumber, r: Reading, w: QuantityWindows, stems: Stemmer): boolean {
  if (r.kind === 'money' || (r.unit && r.kind === 'count')) return readMoney(toks, r, w);
  if (r.kind !== 'count' || r.counted) return true;
  if (!n.vague) return readCount(toks, r, w, stems);
  r.counted = phraseAfter(toks, r.next, w);
  return true;
}

/** Money is kept with what it is for: "$3bn in aid", "$40 a day", "the budget of $3bn". */
function readMoney(toks: readonly FigureToken[], r: Reading, w: QuantityWindows): boolean {
  r.kind = 'money';
  const k = r.next;
  const rate = isRateAt(toks, k);
  if (rate) r.measure = 'rate';
  let counted = rate ? null : phraseAfter(toks, k, w);
  if (counted && TIME_UNITS.has(toks[counted.headIndex]!.lower)) return false;
  if (!counted && /^(in|of|for)$/.test(toks[k]?.lower ?? '')) counted = phraseAfter(toks, k + 1, w);
  r.counted = counted ?? tallyOrSubjectBefore(toks, r.before, w);
  return r.counted !== null || readUnitOnly(r, r.unit!);
}

/** A plain number: an increment ("2,000 more troops"), a measure ("300 hectares of forest"), a counted noun. */
function readCount(toks: readonly FigureToken[], r: Reading, w: QuantityWindows, stems: Stemmer): boolean {
  let k = r.next;
  const after = toks[k]?.lower;
  if (after === 'other') {
    // "five other people were taken to hospital": a count of people beside those named before, counted all the same.
    k++;
  } else if (after !== undefined && INCREMENT_AFTER.has(after) && after !== 'new') {
    r.measure = 'change';
    k++;
  }
  const word = toks[k];
  if (word && TIME_UNITS.has(word.lower)) return false; // durations, ages, frequencies
  if (word && UNIT_WORDS.has(word.lower)) return readMeasure(toks, k, r, w, stems);
  r.counted = countedAfter(toks, k, w);
  if (r.counted) return true;
  // "340 of its roles", "12 of the 40 ferries": a part counted in the noun it is part of (a pronoun says nothing).
  if (word?.lower === 'of') return (r.counted = phraseAfter(toks, k + 1, w)) !== null;
  return readHeadless(toks, r, w);
}

/** A physical measure is kept only when it says of what: "300 hectares of forest". */
function readMeasure(toks: readonly FigureToken[], k: number, r: Reading, w: QuantityWindows, stems: Stemmer): boolean {
  r.kind = 'measure';
  const unit = unitName(toks[k]!.lower);
  const of = toks[k + 1]?.lower === 'of' ? phraseAfter(toks, k + 2, w) : null;
  // "20,000 litres poured out": the unit alone, placed by the story's other mentions of litres.
  if (!of) return AMOUNT_UNITS.has(unit) && readUnitOnly(r, unit);
  r.unit = unit;
  r.counted = { subjectFirst: k, headIndex: of.headIndex, after: of.after };
  r.head = toks[of.headIndex]!.lower;
  r.key = `${r.unit}:${headKey(r.head, stems)}`;
  return true;
}

/** Headless: "killed at least 40", "the death toll rose to 40", "a force of 3,000". */
function readHeadless(toks: readonly FigureToken[], r: Reading, w: QuantityWindows): boolean {
  const verb = toks[r.before]?.lower ?? '';
  if (KILL_WORDS.test(verb) && /(ed|ing|s)$/.test(verb)) {
    r.head = 'dead';
    r.key = 'dead';
  } else if (INJURE_WORDS.test(verb) && /(ed|ing|s)$/.test(verb)) {
    r.head = 'injured';
    r.key = 'injured';
  } else {
    r.counted = tallyBefore(toks, r.before, w);
  }
  return r.counted !== null || r.key !== null;
}

/**
 * The counted thing as printed and its restricting modifiers; sets the head, the bucket key (narrowed by what
 * happened to counted people) and a rate after the phrase.
 */
function describeCounted(
  sentence: string,
  toks: readonly FigureToken[],
  r: Reading,
  w: QuantityWindows,
  stems: Stemmer,
): { subject: string | null; modifiers: string[] } {
  let subject: string | null = null;
  let modifiers: string[] = [];
  const counted = r.counted;
  if (counted) {
    const head = (r.head ??= toks[counted.headIndex]!.lower);
    subject = sentence.slice(toks[counted.subjectFirst]!.start, toks[counted.headIndex]!.end);
    modifiers = modifierStems(toks, counted.subjectFirst, counted.headIndex, stems);
    if (!r.key) {
      r.key = headKey(head, stems);
      if (r.key === 'dead' && head === 'toll') modifiers = modifiers.filter((m) => m !== 'death');
    }
    if (r.kind === 'count' && countsPeople(r.key)) {
      const role = peopleRole(toks, r.textFirst, counted.after, w);
      // "35 people were killed" is the same count as "35 dead"; "35 children were killed" is a narrower one.
      if (role) r.key = r.key === 'people' ? role : `${r.key}:${role}`;
    }
    if (isRateInClause(toks, counted.after, w)) r.measure = 'rate';
  } else if (r.key) {
    subject = r.head;
  }
  if (r.kind === 'magnitude') subject = 'magnitude';
  return { subject, modifiers };
}
