/**
 * Are two statement units the same statement? The paraphrase decision (paraphrase/) on the quoted words when both
 * quote, on the whole sentences otherwise; plus three quote-specific rules that a bag-of-words score misses because
 * reporters quote PART of a longer quotation:
 *  - verbatim fragments: every quoted fragment of one ("do within the framework", "our business") occurs word for
 *    word in the other's quotation (quotation/containment.ts, with the evidence a merge needs);
 *  - word containment: most words (function words included) of the shorter quote occur in the longer one;
 *  - sentence-wise: one quote is a sentence of the other's multi-sentence quote (in other words or not).
 * And one rule for what outlets tell in their own words: two units stating the same specific figure of the same
 * thing (figures/figure-match.ts) are one fact however few words they share.
 * Speakers that are both named and differ veto the match: two people's words are two statements (unless both
 * quote the very same words at length, or print the same sentence with a word or two changed: then one report
 * named the wrong person). An organisation only described ("fire service") is no name and vetoes nothing.
 */
import { DUPLICATE_THRESHOLD, type Comparison } from '../paraphrase/compare.js';
import { isSpecific, readFigures, statesSameFigures, type ReadFigure } from '../figures/figure-match.js';
import { extractQuantities, type Quantity } from '../figures/quantities.js';
import { DEFAULT_QUANTITY_WINDOWS } from '../figures/quantity-phrases.js';
import { DEFAULT_DISPUTE_PARAMS } from '../figures/disputes.js';
import { splitSentences } from '../text/sentences.js';
import { contentStems, PORTER, words, type Stemmer } from '../text/tokens.js';
import type { StatementUnit } from './units.js';
import { Quotation } from '../quotation/quotation.js';
import { QUOTED_IN, quotedIn } from '../quotation/containment.js';
import { isNegation } from '../lexicon/negations.js';
import { GROUP_NOUNS, ORG_REFERENCES } from '../lexicon/roles.js';
import { PERSON_NOUNS } from '../lexicon/person-nouns.generated.js';

export type Compare = (a: string, b: string) => Comparison;

/**
 * What matching needs of one unit, derived once per unit rather than once per compared pair (a unit meets up to
 * ten candidates and the cross-pair checks of every union it takes part in).
 */
interface UnitView {
  /** The quotation when it has three words or more (what the quote rules compare), else null. */
  quotation: Quotation | null;
  /** Word set and content stem set of the quotation (wordContainment). */
  wordSet: Set<string>;
  stemSet: Set<string>;
  /** Sentences of a multi-sentence quotation with three content stems or more, at most four. */
  subs: string[] | null;
  unit: StatementUnit;
  /** The words of the unit's whole text (sameSentence), derived on first use. */
  textWords: Set<string> | null;
  /** The figures of the unit's text (statesSameFigures), read on first use. */
  figures?: readonly ReadFigure[];
}

/**
 * Word-set Jaccard from which two sentences are the same sentence: a word or two changed in twenty ("began" and
 * "started", "close to" and "near"). It is the bar at which the bench counts two statements of one story as
 * near-identical (bench/quality.ts): a digest that prints such a pair twice states one sentence twice.
 */
export const SAME_SENTENCE_JACCARD = 0.9;

/**
 * Two units print the same sentence of substance: their words agree to SAME_SENTENCE_JACCARD, both have the
 * content a merge needs (QUOTED_IN.merge), and no negation separates them ("will" against "will not").
 */
function sameSentence(a: UnitView, b: UnitView, stems: Stemmer): boolean {
  const evidence = QUOTED_IN.merge;
  const wa = (a.textWords ??= new Set(words(a.unit.text)));
  const wb = (b.textWords ??= new Set(words(b.unit.text)));
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  // Jaccard is at most |small| / |big|: most pairs are told apart by their sizes alone.
  if (small.size < evidence.words || small.size < SAME_SENTENCE_JACCARD * big.size) return false;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  if (shared / (wa.size + wb.size - shared) < SAME_SENTENCE_JACCARD) return false;
  for (const w of wa) if (!wb.has(w) && isNegation(w)) return false;
  for (const w of wb) if (!wa.has(w) && isNegation(w)) return false;
  return new Set(contentStems(a.unit.text, stems)).size >= evidence.contentStems && new Set(contentStems(b.unit.text, stems)).size >= evidence.contentStems;
}

/**
 * Two units credited to two different names: two people's (or bodies') words. An organisation only described
 * ("fire service", "authority": attribution/resolve.ts) is no name: it may be the body another outlet names.
 */
function namedApart(a: StatementUnit, b: StatementUnit): boolean {
  return a.speaker !== null && b.speaker !== null && isNamed(a.speaker) && isNamed(b.speaker) && !sameSpeaker(a.speaker, b.speaker);
}

/**
 * A speaker that is a name ("Ilse Brandt", "Harbour Authority"), not a description: an organisation described in
 * lower case ("fire service"), or one word capitalised only because it opens the sentence ("Police", "Officials",
 * "Doctors", "Witnesses": an organisation or group noun, or the plural of a noun for a kind of person).
 */
export function isNamed(speaker: string): boolean {
  if (!/\p{Lu}/u.test(speaker)) return false;
  return !(/^\p{Lu}\p{Ll}+$/u.test(speaker) && isDescribedGroup(speaker.toLowerCase()));
}

function isDescribedGroup(word: string): boolean {
  if (ORG_REFERENCES.has(word) || GROUP_NOUNS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  const singulars = [word.slice(0, -1), word.replace(/es$/u, ''), word.replace(/ies$/u, 'y')];
  return singulars.some((s) => PERSON_NOUNS.has(s) || ORG_REFERENCES.has(s));
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

/** Both units quote the same passages, word for word, with the evidence a merge needs. */
function sameQuotation(a: UnitView, b: UnitView): boolean {
  const qa = a.quotation;
  const qb = b.quotation;
  return qa !== null && qb !== null && qa.hay === qb.hay && quotedIn(qa, qb, QUOTED_IN.merge);
}

/** Most words of the shorter quote (function words included) occur in the longer one, with three content stems. */
function wordContainment(a: UnitView, b: UnitView): boolean {
  const [small, big] = a.wordSet.size <= b.wordSet.size ? [a.wordSet, b.wordSet] : [b.wordSet, a.wordSet];
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  let sharedStems = 0;
  for (const s of b.stemSet) if (a.stemSet.has(s)) sharedStems++;
  return small.size > 0 && shared / small.size >= 0.75 && shared >= 6 && sharedStems >= 3;
}

/**
 * The pair decision of ONE story's units. Each unit's view is derived on first use and kept for the story: the
 * matcher lives as long as the story's merge, so nothing outlives it.
 */
export class UnitMatcher {
  private readonly views = new Map<StatementUnit, UnitView>();

  constructor(
    private readonly compare: Compare,
    private readonly stems: Stemmer = PORTER,
    /** A text's figures (figures/quantities.ts; the day's QuantityReader in a digest). */
    private readonly quantities: (text: string) => readonly Quantity[] = (text) => extractQuantities(text, DEFAULT_QUANTITY_WINDOWS, stems),
  ) {}

  /**
   * The decision below, and one more way to be the same statement: two reports stating the same specific figure
   * of the same thing ("at least 540 ballots were set aside" / "540 ballots were wrongly set aside") tell one fact
   * in their own words, however few words they share, unless they name different speakers.
   */
  match(a: StatementUnit, b: StatementUnit): Comparison {
    const r = this.decide(a, b);
    if (r.duplicate || namedApart(a, b)) return r;
    return statesSameFigures(this.figures(this.view(a)), this.figures(this.view(b)), DEFAULT_DISPUTE_PARAMS.roundingTolerance) ? { duplicate: true, score: Math.max(r.score, DUPLICATE_THRESHOLD) } : r;
  }

  /** The unit's specific figures (figure-match.ts isSpecific), read as match() reads them. */
  specificFigures(u: StatementUnit): readonly ReadFigure[] {
    return this.figures(this.view(u)).filter(isSpecific);
  }

  /** The two print the same sentence of substance (a word or two changed): see sameSentence. */
  isSameSentence(a: StatementUnit, b: StatementUnit): boolean {
    return sameSentence(this.view(a), this.view(b), this.stems);
  }

  private figures(v: UnitView): readonly ReadFigure[] {
    return (v.figures ??= readFigures(this.quantities, v.unit.text));
  }

  private decide(a: StatementUnit, b: StatementUnit): Comparison {
    const va = this.view(a);
    const vb = this.view(b);
    // The same sentence is one statement whoever each report names: one of them attributed it wrongly, and the
    // group's speaker is the one most reports name (group.ts).
    if (sameSentence(va, vb, this.stems)) return { duplicate: true, score: 1 };
    if (namedApart(a, b)) {
      // Two people's words are two statements, unless the words are the same quotation of substance.
      return sameQuotation(va, vb) ? { duplicate: true, score: 1 } : { duplicate: false, score: 0 };
    }
    const qa = va.quotation;
    const qb = vb.quotation;
    if (qa && qb) {
      const r = this.compare(qa.quote, qb.quote);
      if (r.duplicate) return r;
      if (quotedIn(qa, qb, QUOTED_IN.merge) || quotedIn(qb, qa, QUOTED_IN.merge)) return { duplicate: true, score: Math.max(r.score, 0.6) };
      if (wordContainment(va, vb)) return { duplicate: true, score: Math.max(r.score, 0.55) };
      // Only worth the extra comparisons when the quotes share something at all.
      if (r.score >= 0.1) {
        const s = this.sentenceWise(va, vb);
        if (s) return { duplicate: true, score: Math.max(r.score, s.score * 0.9) };
      }
      // Both quote, and the quoted words differ: different statements even if the narration around them is alike.
      if (a.kind === 'quote' && b.kind === 'quote') return { duplicate: false, score: r.score };
    }
    return this.compare(a.text, b.text);
  }

  /** One quote is a sentence of the other's multi-sentence quote: the first matching pair of sentences, or null. */
  private sentenceWise(va: UnitView, vb: UnitView): Comparison | null {
    const sa = this.subSentences(va);
    const sb = this.subSentences(vb);
    if (sa.length <= 1 && sb.length <= 1) return null;
    for (const x of sa) for (const y of sb) {
      const s = this.compare(x, y);
      if (s.duplicate) return s;
    }
    return null;
  }

  private view(u: StatementUnit): UnitView {
    let v = this.views.get(u);
    if (v) return v;
    const quote = u.quote && words(u.quote).length >= 3 ? u.quote : null;
    v = {
      quotation: quote ? new Quotation(quote, u.fragments) : null,
      wordSet: new Set(quote ? words(quote) : []),
      stemSet: new Set(quote ? contentStems(quote, this.stems) : []),
      subs: null,
      unit: u,
      textWords: null,
    };
    this.views.set(u, v);
    return v;
  }

  private subSentences(v: UnitView): string[] {
    v.subs ??= splitSentences(v.quotation?.quote ?? '').filter((s) => contentStems(s, this.stems).length >= 3).slice(0, 4);
    return v.subs;
  }
}
