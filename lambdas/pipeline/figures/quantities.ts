/**
 * Quantities in one sentence: the number, its qualifier ("at least"), what it counts ("North Korean troops")
 * and who claims it. Figures that outlets disagree on are built from these (disputes.ts).
 *
 * A number only becomes a quantity when something tells what it measures: a counted noun after it
 * ("3,000 troops"), a currency, a percent sign, a magnitude, or a tally noun before it ("death toll rose to
 * 40", "a force of 3,000"). Bare numbers ("Reid, 33,", "Article 4") never do; that one rule removes most
 * non-figures, and not-figures.ts removes the rest (dates, years, ages, labels, hyphenated adjectives).
 */
import { isCapitalised, figureTokens, type FigureToken } from './figure-tokens.js';
import { mayHoldNumber, parseNumberAt, type ParsedNumber } from './numbers.js';
import { notFigureReason, quotedTitleRanges } from './not-figures.js';
import { countsPeople, headKey, isCountHead, TIME_UNITS } from './heads.js';
import { findClaimant } from '../attribution/claimant.js';
import { stem, STOP_WORDS } from '../text/tokens.js';

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
  /** Bucket of equivalent heads ("troops" for troops/soldiers/forces; "dead" for killed/deaths/dead people). */
  key: string | null;
  /** Stems of the words restricting the head ("north", "korean"), sorted, for telling subjects apart. */
  modifiers: string[];
  claimant: string | null;
  /** Character offsets of `text` in the sentence. */
  start: number;
  end: number;
}

/** Qualifiers, longest first so "no more than" wins over "more than". */
const QUALIFIERS: readonly string[] = [
  'no fewer than', 'no less than', 'no more than', 'in excess of', 'as many as', 'as few as', 'as much as',
  'at least', 'at most', 'up to', 'more than', 'fewer than', 'less than', 'close to', 'upwards of', 'just over',
  'just under', 'an estimated', 'over', 'under', 'nearly', 'almost', 'around', 'about', 'roughly',
  'approximately', 'some', 'estimated', 'exactly', 'only', 'just', 'below', 'above', 'circa', 'approx',
];
const QUALIFIER_PARTS: ReadonlyArray<readonly [string, readonly string[]]> = QUALIFIERS.map((q) => [q, q.split(' ')]);

const APPROXIMATE = new Set(['around', 'about', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'close to', 'an estimated', 'estimated', 'circa', 'approx']);

// Maps, not object literals: a word from an article must never find an inherited property ("constructor").
const CURRENCY_SYMBOLS = new Map<string, string>(Object.entries({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR', '₩': 'KRW', '₴': 'UAH' }));
const CURRENCY_WORDS = new Map<string, string>(Object.entries({
  dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR', pounds: 'GBP', gbp: 'GBP',
  rubles: 'RUB', roubles: 'RUB', yuan: 'CNY', yen: 'JPY', rupees: 'INR', won: 'KRW', hryvnias: 'UAH',
}));

/** Physical units: a count of them is a measurement, kept only when it says of what ("hectares of forest"). */
const UNIT_WORDS = new Set([
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'kg', 'kilograms', 'tonnes', 'tons',
  'litres', 'liters', 'gallons', 'barrels', 'hectares', 'acres', 'degrees', 'mph', 'kph', 'megawatts', 'mw', 'gw',
  'square', 'sq', 'cubic', 'inches', 'centimetres', 'centimeters', 'millimetres', 'millimeters', 'cm', 'mm',
]);

/** Words right after a number that make it an increment ("2,000 more troops"). */
const INCREMENT_AFTER = new Set(['more', 'additional', 'extra', 'new', 'fresh', 'further', 'other']);
/** Words right before a number (or its qualifier) that make it an increment ("another 2,000", "an additional 500"). */
const INCREMENT_BEFORE = new Set(['another', 'additional', 'extra', 'further']);
/** Verbs before a percentage that make it a change unless followed by "to" ("rose 5%" vs "rose to 5%"). */
const CHANGE_VERBS = new Set(['rose', 'risen', 'fell', 'fallen', 'jumped', 'dropped', 'climbed', 'increased', 'decreased',
  'declined', 'gained', 'lost', 'grew', 'up', 'down', 'surged', 'plunged', 'slipped', 'soared', 'slumped', 'by', 'cut', 'raised']);

/** Heads that are participles naming what happened to people ("40 killed"). */
const PARTICIPLE_HEADS = new Set(['dead', 'killed', 'died', 'injured', 'wounded', 'hurt', 'missing']);

/** Modifiers that do not restrict what is counted, so they must not keep two subjects apart. */
const NON_RESTRICTIVE = new Set(['other', 'such', 'total', 'estimated', 'reported', 'confirmed', 'alleged', 'more',
  'additional', 'extra', 'new', 'further', 'fresh', 'some', 'many', 'several', 'suspected', 'possible', 'roughly']);

/** Nouns before a number that say what it counts ("death toll rose to 40", "a force of 3,000"). */
const TALLY_NOUNS = new Set(['toll', 'tally', 'force', 'contingent', 'crowd', 'army', 'deployment', 'garrison', 'workforce']);
/** Words between a tally noun and its number. */
const TALLY_LINKS = new Set(['rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'was', 'is', 'has', 'had', 'now',
  'to', 'at', 'of', 'hit', 'jumped', 'increased', 'been', 'numbering', 'totalling', 'totaling', 'put']);

const KILL_WORDS = /^(kill|dead|die[ds]?$|dying|death|fatal)/;
const INJURE_WORDS = /^(injur|wound|hurt)/;

function isStop(t: FigureToken): boolean {
  if (/^[\p{Lu}.]{2,}$/u.test(t.text)) return false; // "US", "U.S." are names, not the pronoun
  return STOP_WORDS.has(t.lower);
}

/** A word that can sit inside a noun phrase before its head. */
function isModifierWord(t: FigureToken): boolean {
  return t.kind === 'word' && !isStop(t) && !/ly$/.test(t.lower) && !TIME_UNITS.has(t.lower);
}

/** The qualifier ending right before token index `first`: [qualifier, its first token index]. */
function qualifierBefore(toks: readonly FigureToken[], first: number): [string, number] | null {
  for (const [q, parts] of QUALIFIER_PARTS) {
    const a = first - parts.length;
    if (a < 0) continue;
    if (parts.every((p, j) => toks[a + j]!.lower.replace(/\.$/, '') === p)) return [q, a];
  }
  return null;
}

interface Counted {
  subjectFirst: number;
  headIndex: number;
  /** Index of the first token after the counted phrase. */
  after: number;
}

/** The counted noun phrase starting at k: modifiers then a plural/collective head, within a few words. */
function countedAfter(toks: readonly FigureToken[], k: number): Counted | null {
  const start = k;
  for (let n = 0; n < 5 && k < toks.length; n++, k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') return null;
    if (n === 0 && PARTICIPLE_HEADS.has(t.lower)) return { subjectFirst: k, headIndex: k, after: k + 1 };
    if (PARTICIPLE_HEADS.has(t.lower)) return null;
    if (isCountHead(t.text) && !isStop(t)) {
      // "police officers", "aid workers": a second plural noun is the real head.
      let h = k;
      while (toks[h + 1]?.kind === 'word' && isCountHead(toks[h + 1]!.text) && !PARTICIPLE_HEADS.has(toks[h + 1]!.lower)
        && !isStop(toks[h + 1]!) && h - start < 5) h++;
      if (TIME_UNITS.has(toks[h]!.lower)) return null;
      return { subjectFirst: start, headIndex: h, after: h + 1 };
    }
    if (!isModifierWord(t)) return null;
  }
  return null;
}

/** A content noun phrase starting at k (after optional determiners), for "70 percent of the X" or "$3bn in aid". */
function phraseAfter(toks: readonly FigureToken[], k: number): Counted | null {
  while (toks[k] && /^(the|a|an|its|their|all)$/.test(toks[k]!.lower)) k++;
  const start = k;
  let last = -1;
  for (; k < toks.length && k - start < 6; k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && isModifierWord(t)) {
      last = k;
      if (isCountHead(t.text)) break;
      continue;
    }
    if (t.lower === 'and' && isCapitalised(toks[k - 1]) && isCapitalised(toks[k + 1])) continue;
    break;
  }
  return last >= start ? { subjectFirst: start, headIndex: last, after: last + 1 } : null;
}

/** The noun phrase ending at index `end` (walking left over content words), or null. */
function phraseBefore(toks: readonly FigureToken[], end: number): Counted | null {
  const t = toks[end];
  if (!t || !isModifierWord(t)) return null;
  let a = end;
  while (a - 1 >= 0 && end - (a - 1) < 3 && isModifierWord(toks[a - 1]!)) a--;
  return { subjectFirst: a, headIndex: end, after: end + 1 };
}

/** A tally noun shortly before the number ("the death toll rose to", "a force of"): its phrase. */
function tallyBefore(toks: readonly FigureToken[], before: number): Counted | null {
  for (let k = before; k >= 0 && before - k < 5; k--) {
    const t = toks[k]!;
    if (TALLY_NOUNS.has(t.lower)) return phraseBefore(toks, k);
    if (!TALLY_LINKS.has(t.lower)) return null;
  }
  return null;
}

/** Stems of restrictive modifiers in [a, b). */
function modifierStems(toks: readonly FigureToken[], a: number, b: number): string[] {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || NON_RESTRICTIVE.has(t.lower) || STOP_WORDS.has(t.lower)) continue;
    out.add(stem(t.lower.replace(/\./g, '')));
  }
  return [...out].sort();
}

/** What happened to counted people, from verbs near the phrase: "killed 40 people", "40 people were injured". */
function peopleRole(toks: readonly FigureToken[], from: number, to: number): string | null {
  for (let k = Math.max(0, from - 4); k < Math.min(toks.length, to + 5); k++) {
    const w = toks[k]!.lower;
    if (KILL_WORDS.test(w)) return 'dead';
    if (INJURE_WORDS.test(w)) return 'injured';
    if (w === 'missing') return 'missing';
  }
  return null;
}

/** Rate after a counted phrase: "at a time", "per day", "a day", "each week", "daily". */
function isRateAt(toks: readonly FigureToken[], k: number): boolean {
  // Allow one word between ("users worldwide per month").
  if (toks[k]?.kind === 'word' && /(wide|ly)$/.test(toks[k]!.lower) && rateWords(toks, k + 1)) return true;
  return rateWords(toks, k);
}

function rateWords(toks: readonly FigureToken[], k: number): boolean {
  const w = (j: number): string => toks[k + j]?.lower ?? '';
  if (w(0) === 'at' && w(1) === 'a' && w(2) === 'time') return true;
  if (w(0) === 'per' || w(0) === 'apiece' || /^(daily|weekly|monthly|annually|yearly|hourly)$/.test(w(0))) return true;
  if (/^(a|an|each|every)$/.test(w(0)) && TIME_UNITS.has(w(1))) return true;
  return false;
}

/** Quantities of one sentence, in order. Vague amounts are included with `value: null, vague: true`. */
export function extractQuantities(sentence: string): Quantity[] {
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
    const q = quantityOf(sentence, toks, n, titles);
    if (q) out.push(q);
  }
  return out;
}

function quantityOf(
  sentence: string,
  toks: readonly FigureToken[],
  n: ParsedNumber,
  titles: ReadonlyArray<[number, number]>,
): Quantity | null {
  // Currency symbol before the digits ("$3", "US$3").
  let first = n.first;
  let unit: string | null = null;
  const sym = toks[first - 1];
  if (sym && sym.kind === 'punct' && CURRENCY_SYMBOLS.get(sym.text)) {
    unit = CURRENCY_SYMBOLS.get(sym.text)!;
    first--;
    if (toks[first - 1] && /^(us|a|c|nz|hk)$/.test(toks[first - 1]!.lower) && !sym.spaceBefore) first--;
  }
  // Labels and dates are judged on the bare number, but a currency makes it money whatever precedes it.
  const reason = unit ? (n.gluedNonCount ?? null) : notFigureReason(toks, n, titles);
  if (reason) return null;

  const qual = qualifierBefore(toks, first);
  const textFirst = qual ? qual[1] : first;
  const before = textFirst - 1;
  let measure: QuantityMeasure = 'total';
  if (toks[before] && INCREMENT_BEFORE.has(toks[before]!.lower)) measure = 'change';
  if (toks[first - 1] && INCREMENT_BEFORE.has(toks[first - 1]!.lower)) measure = 'change';

  let k = n.end;
  let kind: QuantityKind = 'count';
  let textEnd = n.end - 1;
  let counted: Counted | null = null;
  let head: string | null = null;
  let key: string | null = null;

  const next = toks[k];
  const hyphenWord = next && next.text === '-' && !next.spaceBefore ? toks[k + 1] : undefined;
  if (!unit && (next?.text === '%' || next?.lower === 'percent' || next?.lower === 'pct' || (next?.lower === 'per' && toks[k + 1]?.lower === 'cent'))) {
    kind = 'percent';
    unit = 'percent';
    textEnd = next.lower === 'per' ? k + 1 : k;
    k = textEnd + 1;
    if (toks[k]?.lower === 'points' || (toks[k]?.lower === 'percentage' && toks[k + 1]?.lower === 'points')) measure = 'change';
    const prevWord = toks[before]?.lower ?? '';
    if (CHANGE_VERBS.has(prevWord)) measure = 'change';
    counted = toks[k]?.lower === 'of' ? phraseAfter(toks, k + 1) : null;
    // "unemployment rose to 5%", "turnout of 60%": the subject is before the link word.
    if (!counted) counted = tallyOrSubjectBefore(toks, before);
    if (!counted) return null;
  } else if (!unit && next && CURRENCY_WORDS.get(next.lower) && !(next.lower === 'won' && isCapitalised(next) === false && toks[k + 1]?.kind === 'word')) {
    kind = 'money';
    unit = CURRENCY_WORDS.get(next.lower)!;
    textEnd = k;
    k++;
  } else if (hyphenWord?.lower === 'magnitude' || next?.lower === 'magnitude' || toks[first - 1]?.lower === 'magnitude'
    || (toks[first - 1]?.text === '-' && toks[first - 2]?.lower === 'magnitude')) {
    kind = 'magnitude';
    counted = null;
    head = 'magnitude';
    key = 'magnitude';
  } else if (hyphenWord?.lower === 'strong') {
    // "a 3,000-strong force": the count is of the noun after "strong".
    counted = countedAfter(toks, k + 2) ?? phraseAfter(toks, k + 2);
    if (!counted) return null;
  }

  if (kind === 'money' || (unit && kind === 'count')) {
    kind = 'money';
    if (!unit) return null;
    if (isRateAt(toks, k)) measure = 'rate';
    counted = isRateAt(toks, k) ? null : phraseAfter(toks, k);
    if (counted && TIME_UNITS.has(toks[counted.headIndex]!.lower)) return null;
    if (!counted && /^(in|of|for)$/.test(toks[k]?.lower ?? '')) counted = phraseAfter(toks, k + 1);
    if (!counted) counted = tallyOrSubjectBefore(toks, before);
    if (!counted) return null;
  } else if (kind === 'count' && !counted) {
    if (n.vague) {
      counted = phraseAfter(toks, k);
    } else {
      if (toks[k] && INCREMENT_AFTER.has(toks[k]!.lower) && toks[k]!.lower !== 'new' && toks[k]!.lower !== 'other') {
        measure = 'change';
        k++;
      }
      const w = toks[k];
      if (w && TIME_UNITS.has(w.lower)) return null; // durations, ages, frequencies
      if (w && UNIT_WORDS.has(w.lower)) {
        if (toks[k + 1]?.lower !== 'of') return null;
        const of = phraseAfter(toks, k + 2);
        if (!of) return null;
        kind = 'measure';
        unit = w.lower;
        counted = { subjectFirst: k, headIndex: of.headIndex, after: of.after };
        head = toks[of.headIndex]!.lower;
        key = `${unit}:${headKey(head)}`;
      } else {
        counted = countedAfter(toks, k);
        if (!counted && !(w?.lower === 'of')) {
          // Headless: "killed at least 40", "the death toll rose to 40", "a force of 3,000".
          const verb = toks[before]?.lower ?? '';
          if (KILL_WORDS.test(verb) && /(ed|ing|s)$/.test(verb)) {
            head = 'dead';
            key = 'dead';
          } else if (INJURE_WORDS.test(verb) && /(ed|ing|s)$/.test(verb)) {
            head = 'injured';
            key = 'injured';
          } else {
            counted = tallyBefore(toks, before);
          }
          if (!counted && !key) return null;
        } else if (!counted) {
          return null;
        }
      }
    }
  }

  let subject: string | null = null;
  let modifiers: string[] = [];
  if (counted) {
    head ??= toks[counted.headIndex]!.lower;
    subject = sentence.slice(toks[counted.subjectFirst]!.start, toks[counted.headIndex]!.end);
    modifiers = modifierStems(toks, counted.subjectFirst, counted.headIndex);
    if (!key) {
      key = headKey(head);
      if (key === 'dead' && head === 'toll') modifiers = modifiers.filter((m) => m !== 'death');
    }
    if (kind === 'count' && countsPeople(key)) {
      const role = peopleRole(toks, textFirst, counted.after);
      // "35 people were killed" is the same count as "35 dead"; "35 children were killed" is a narrower one.
      if (role) key = key === 'people' ? role : `${key}:${role}`;
    }
    if (isRateAt(toks, counted.after)) measure = 'rate';
  } else if (key) {
    subject = head;
  }
  if (kind === 'magnitude') subject = 'magnitude';
  if (!key && !n.vague) return null;

  const start = toks[textFirst]!.start;
  const end = toks[textEnd]!.end;
  const afterPhrase = counted ? counted.after : textEnd + 1;
  return {
    value: n.value,
    vague: n.vague,
    text: sentence.slice(start, end),
    qualifier: qual ? qual[0] : null,
    approximate: qual ? APPROXIMATE.has(qual[0]) : false,
    kind,
    measure,
    unit,
    subject,
    head,
    key: key ? `${kind}:${unit ?? ''}:${key}` : null,
    modifiers,
    claimant: n.vague ? null : findClaimant(sentence, toks, textFirst, afterPhrase),
    start,
    end,
  };
}

/** Subject of a bare number from the words before it: a tally ("death toll rose to 40") or "X of N" ("turnout of 60%"). */
function tallyOrSubjectBefore(toks: readonly FigureToken[], before: number): Counted | null {
  const tally = tallyBefore(toks, before);
  if (tally) return tally;
  const link = toks[before]?.lower ?? '';
  if (/^(of|at|to|was|is|worth|reached|hit|by)$/.test(link)) {
    let end = before - 1;
    // "rose to", "stood at": skip the verb to reach the noun.
    if (/^(to|at|by)$/.test(link) && toks[end] && /(ed|en|rose|fell|grew|stood|stands|hit)$/.test(toks[end]!.lower)) end--;
    return phraseBefore(toks, end);
  }
  return null;
}
