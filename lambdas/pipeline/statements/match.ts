/**
 * Are two statement units the same statement? compareStatements (the similarity owner's decision) on the quoted
 * words when both quote, on the whole sentences otherwise; plus three quote-specific rules that a bag-of-words
 * score misses because reporters quote PART of a longer quotation:
 *  - sentence-wise: one quote is a sentence of the other's multi-sentence quote (in other words or not);
 *  - verbatim fragments: every quoted fragment of one ("do within the framework", "our business") occurs word for
 *    word in the other's quotation (verbatim fragments of five words or more are strong evidence);
 *  - word containment: most words (function words included) of the shorter quote occur in the longer one.
 * Speakers that are both known and differ veto the match: two people's words are two statements.
 */
import type { Comparison } from '../paraphrase/compare.js';
import { splitSentences } from '../text/sentences.js';
import { contentStems, words } from '../text/tokens.js';
import type { StatementUnit } from './units.js';

export type Compare = (a: string, b: string) => Comparison;

const norm = (s: string): string => words(s).join(' ');

/**
 * What matchUnits needs of one unit, derived once per unit rather than once per compared pair (a unit meets up to
 * ten candidates and the cross-pair checks of every union it takes part in). Kept in a WeakMap: it lives exactly
 * as long as the unit, so nothing outlives a story.
 */
interface UnitDerived {
  /** The quotation when it has three words or more (what the quote rules compare), else null. */
  quote: string | null;
  /** ` normalised quotation ` for word-for-word containment. */
  hay: string;
  /** Normalised quoted fragments (non-empty), their word total and content stem count (verbatimContained). */
  parts: string[];
  partWords: number;
  partStems: number;
  /** Word set and content stem set of the quotation (wordContainment). */
  wordSet: Set<string>;
  stemSet: Set<string>;
  /** Sentences of a multi-sentence quotation with three content stems or more, at most four. */
  subs: string[] | null;
}
const derivedCache = new WeakMap<StatementUnit, UnitDerived>();

function derived(u: StatementUnit): UnitDerived {
  let d = derivedCache.get(u);
  if (d) return d;
  const quote = u.quote && words(u.quote).length >= 3 ? u.quote : null;
  const parts = u.fragments.map(norm).filter((p) => p.length > 0);
  d = {
    quote,
    hay: quote ? ` ${norm(quote)} ` : '',
    parts,
    partWords: parts.reduce((n, p) => n + p.split(' ').length, 0),
    partStems: contentStems(u.fragments.join(' ')).length,
    wordSet: new Set(quote ? words(quote) : []),
    stemSet: new Set(quote ? contentStems(quote) : []),
    subs: null,
  };
  derivedCache.set(u, d);
  return d;
}

function subSentences(d: UnitDerived): string[] {
  if (d.subs === null) d.subs = splitSentences(d.quote ?? '').filter((s) => contentStems(s).length >= 3).slice(0, 4);
  return d.subs;
}

/** Lenient name equality: same last token ("Putin" ~ "Vladimir Putin"). */
export function sameSpeaker(a: string, b: string): boolean {
  const lastA = speakerKey(a);
  return lastA !== undefined && lastA === speakerKey(b);
}

/** What sameSpeaker compares: the name's last token (a possessive "s" dropped); undefined for no word at all. */
export function speakerKey(name: string): string | undefined {
  const ws = words(name).filter((w) => w !== 's');
  return ws[ws.length - 1];
}

/** Every quoted fragment of one unit occurs word for word in the other's quotation, five words or more. */
function verbatimContained(from: UnitDerived, other: UnitDerived): boolean {
  for (const p of from.parts) if (!other.hay.includes(` ${p} `)) return false;
  return from.partWords >= 5 && from.partStems >= 2;
}

function wordContainment(a: UnitDerived, b: UnitDerived): boolean {
  const [small, big] = a.wordSet.size <= b.wordSet.size ? [a.wordSet, b.wordSet] : [b.wordSet, a.wordSet];
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  let sharedStems = 0;
  for (const s of b.stemSet) if (a.stemSet.has(s)) sharedStems++;
  return small.size > 0 && shared / small.size >= 0.75 && shared >= 6 && sharedStems >= 3;
}

export function matchUnits(a: StatementUnit, b: StatementUnit, compare: Compare): Comparison {
  if (a.speaker && b.speaker && !sameSpeaker(a.speaker, b.speaker)) return { duplicate: false, score: 0 };
  const da = derived(a);
  const db = derived(b);
  const qa = da.quote;
  const qb = db.quote;
  if (qa && qb) {
    const r = compare(qa, qb);
    if (r.duplicate) return r;
    if (verbatimContained(da, db) || verbatimContained(db, da)) return { duplicate: true, score: Math.max(r.score, 0.6) };
    if (wordContainment(da, db)) return { duplicate: true, score: Math.max(r.score, 0.55) };
    // Only worth the extra comparisons when the quotes share something at all.
    if (r.score >= 0.1) {
      const sa = subSentences(da);
      const sb = subSentences(db);
      if (sa.length > 1 || sb.length > 1) {
        for (const x of sa) for (const y of sb) {
          const s = compare(x, y);
          if (s.duplicate) return { duplicate: true, score: Math.max(r.score, s.score * 0.9) };
        }
      }
    }
    // Both quote, and the quoted words differ: different statements even if the narration around them is alike.
    if (a.kind === 'quote' && b.kind === 'quote') return { duplicate: false, score: r.score };
  }
  return compare(a.text, b.text);
}
