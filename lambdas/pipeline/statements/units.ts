/**
 * Statement units: the sentences of one article, re-joined where one quotation runs across several of them,
 * each with its attribution (kind, speaker, quoted words). Units are what merging compares, because a
 * three-sentence quote is one statement however a splitter cuts it.
 */
import type { Sentence, StatementKind } from '../model.js';
import { hasOpenQuote, unquotedText } from '../text/quotes.js';
import { MAX_SENTENCE } from '../text/sentences.js';
import { words } from '../text/tokens.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-past.generated.js';
import { withoutDateline } from '../text/dateline.js';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { isSpecific, readFigures } from '../figures/figure-match.js';
import { extractQuantities } from '../figures/quantities.js';
import { ArticleAttribution, DEFAULT_ATTRIBUTION_PARAMS, signatureName, type Attribution, type UnitParse } from '../attribution/index.js';

// The signature-line rule is attribution's (attribution/signature.ts); it is applied here, where units are made.

export interface StatementUnit extends Attribution {
  article: string;
  /** Index of the unit's first sentence in its article. */
  index: number;
  paragraph: number;
  text: string;
  kind: StatementKind;
}

/** "...Putin said.The Russian president..." : a sentence end glued to the next sentence (lost whitespace). */
const GLUED_SENTENCE = /(?<=\p{Ll}{2}[.!?][”"’]?)(?=\p{Lu}\p{Ll})/u;
const MAYBE_GLUED = /[.!?][”"’]?\p{Lu}/u;

/** Groups sentences of one article into units: open quotations continue; a bare quotation after "X said" joins. */
function joinSentences(sentences: readonly Sentence[]): Array<Omit<Sentence, 'article'>> {
  const pieces: Array<Omit<Sentence, 'article'>> = [];
  for (const s of sentences) {
    // The report's first sentence may open with its dateline ("SANT OREL, June 8 (Nuntia) — "): where it was filed
    // is no part of the statement.
    const own = s === sentences[0] ? withoutDateline(s.text) : s.text;
    // A glued end needs [.!?] (and maybe a closing quote) right before a capital: without one the lookbehind scan
    // over every position is wasted.
    const parts = MAYBE_GLUED.test(own) ? own.split(GLUED_SENTENCE) : [own];
    for (const part of parts) {
      const text = part.trim();
      if (text) pieces.push({ index: s.index, paragraph: s.paragraph, text });
    }
  }
  const out: Array<Omit<Sentence, 'article'>> = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    // A unit grows to MAX_SENTENCE at most: a quotation opened and never closed no longer swallows its paragraph
    // (one 143 KB file became one statement), and the open-quote check reads a bounded text.
    const sameParagraph = last !== undefined && last.paragraph === p.paragraph && last.text.length + 1 + p.text.length <= MAX_SENTENCE;
    if (sameParagraph && hasOpenQuote(last.text)) {
      last.text += ' ' + p.text;
      continue;
    }
    // “A,” he said. “B.” — B has no words of its own outside the quote: it is the rest of the same quotation.
    if (sameParagraph && /^[“"«„‘]/u.test(p.text) && !/[\p{L}]/u.test(unquotedText(p.text)) && unquotedText(last.text) !== last.text) {
      last.text += ' ' + p.text;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}

/**
 * The statement units of ONE article, attributed in order with a shared entity memory. `parse`: the day's memo of
 * parseUnit (UnitTexts.parse), when there is one.
 */
export function unitsOfArticle(article: string, sentences: readonly Sentence[], parse?: (text: string) => UnitParse): StatementUnit[] {
  const attribution = new ArticleAttribution(DEFAULT_ATTRIBUTION_PARAMS, parse);
  const out: StatementUnit[] = [];
  let prev: Attribution | null = null;
  joinSentences([...sentences].sort((a, b) => a.index - b.index)).forEach((u, position) => {
    const a = attribution.attribute(u.text, position, prev);
    prev = a;
    // A signature line credits the quotation just above it, which had no attribution of its own.
    const signed = signatureName(u.text);
    const last = out[out.length - 1];
    // In the same paragraph only right after the quotation's closing mark ("...”― Lena Ortiz"): a dash inside running
    // text opens a clause, not a credit.
    // (Tested last: the closing-mark scan is only worth running under a signature.)
    const creditsLast = (): boolean => last !== undefined && (last.paragraph < u.paragraph || /[”"»]\s*$/u.test(last.text));
    if (signed && last?.kind === 'quote' && !last.reported && creditsLast()) {
      last.speaker = signed;
      last.reported = true;
      prev = { ...a, speaker: null };
    }
    // Fields listed rather than spread (same order as attribute's result): the spread was a hot spot.
    out.push({
      kind: a.kind, speaker: a.speaker, quote: a.quote, fragments: a.fragments, reported: a.reported,
      article, index: u.index, paragraph: u.paragraph, text: u.text,
    });
  });
  return out;
}

const AUX: ReadonlySet<string> = new Set(
  "is are was were be been being has have had will would can could should may might must do does did isn't wasn't don't doesn't didn't won't can't".split(' '),
);

/** True when text[0, end) is three or more ASCII lower-case letters: /^[a-z]{3,}/ up to `end`, without a regex. */
function lowerAsciiStem(x: string, end: number): boolean {
  if (end < 3) return false;
  for (let i = 0; i < end; i++) {
    const c = x.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A word that marks a predicate: an auxiliary, a past form in -ed, or a third person in -s (not -ss). */
function isVerbLike(x: string): boolean {
  if (isPastOrAuxiliary(x)) return true;
  const n = x.length;
  // /^[a-z]{3,}s$/ and not /ss$/
  return x.charCodeAt(n - 1) === 115 /* s */ && x.charCodeAt(n - 2) !== 115 && lowerAsciiStem(x, n - 1);
}

/**
 * Worth keeping as a statement? Very short fragments (datelines, bylines, captions' credits) and verbless
 * lines (headings, place names) are not statements. A quotation of substance always is.
 */
export function isStatement(u: Pick<StatementUnit, 'kind' | 'reported' | 'text'>): boolean {
  if (u.kind === 'quote') return true;
  const w = words(u.text);
  if (w.length < STATEMENT_WORDS.short) return false;
  // "Police found the boat.": a short sentence is a statement when it ends like one and has a verb in the past
  // or an auxiliary (a plural noun in -s, which "Sign up for newsletters" has, is no evidence of a verb) that is no
  // speech verb: "Pigeon told The Canadian Press." only says who spoke, and reports nothing itself.
  if (w.length < STATEMENT_WORDS.plain) return ENDS_LIKE_SENTENCE.test(u.text) && w.some((x) => isPastOrAuxiliary(x) && !SPEECH_VERBS.has(x));
  return u.reported || w.some(isVerbLike) || statesFigure(u.text);
}

/**
 * A sentence that ends like one and states a specific figure ("Around 4,600 people work at the plant.") reports
 * something, whatever form its verb takes: a heading or a menu states no count of anything.
 */
function statesFigure(text: string): boolean {
  return ENDS_LIKE_SENTENCE.test(text) && readFigures(extractQuantities, text).some(isSpecific);
}

/** A closing full stop, question or exclamation mark, maybe inside a closing quote or bracket. */
const ENDS_LIKE_SENTENCE = /[.!?][”"’)]*$/u;

/** Words a statement needs: at least `short` with a clear verb, at least `plain` with any verb-like word. */
export const STATEMENT_WORDS = { short: 4, plain: 6 } as const;

/**
 * An auxiliary, a regular past in -ed (/^[a-z]{3,}ed$/) or an irregular past ("broke", "found":
 * lexicon/irregular-past.generated.ts).
 */
function isPastOrAuxiliary(x: string): boolean {
  if (AUX.has(x) || IRREGULAR_PAST.has(x)) return true;
  const n = x.length;
  return x.charCodeAt(n - 1) === 100 /* d */ && x.charCodeAt(n - 2) === 101 /* e */ && lowerAsciiStem(x, n - 2);
}
