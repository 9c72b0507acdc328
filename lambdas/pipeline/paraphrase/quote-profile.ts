/**
 * What two statements quote. When both quote someone at some length, the quoted words ARE the statement:
 * the reporting frame around them ("Putin said", "he told reporters") is shared by every quote of the same
 * speaker and must not make two different quotes look alike. An outlet that quotes only fragments of a longer
 * quote ("what they 'do within the framework' of the treaty is 'our business'") quotes the same statement.
 */
import { quotedSpans } from '../text/quotes.js';
import { quotedStemsOf, type QuotedStems } from '../quotation/quotation.js';
import { quotedNearlyIn } from '../quotation/containment.js';
import type { TextProfile } from './profile.js';

/**
 * What counts as a quotation, and how much of a fragment must occur in the other quotation. Part of the decision
 * the paraphrase weights were trained with (eval/train-compare.ts): change them only with the weights.
 */
export const DEFAULT_QUOTE_PARAMS = {
  /** Fewer quoted words than this is a scare quote or a title ("victory plan"), not a quotation of substance... */
  minWords: 4,
  /** ...and it must carry at least this many content words. */
  minContentWords: 2,
  /** Share of a fragment's word bigrams that must occur in the other quote (allows a changed word or tense). */
  fragmentBigramCover: 0.6,
} as const;

export interface QuoteProfile {
  /** The quoted passages as stems: what the containment test reads (quotation/containment.ts). */
  quoted: QuotedStems;
  /** Profile of all quoted passages joined: what the paraphrase classifier compares. */
  readonly profile: TextProfile;
}

/**
 * The quotations of a statement, or null when it quotes nothing of substance. `profileOf` profiles the joined
 * quotations when the classifier first asks for them (the comparer's Profiler).
 */
export function quoteProfile(text: string, profileOf: (text: string) => TextProfile): QuoteProfile | null {
  const spans = quotedSpans(text);
  if (spans.length === 0) return null;
  const quoted = quotedStemsOf(spans.map((s) => s.text));
  if (quoted.words < DEFAULT_QUOTE_PARAMS.minWords || quoted.contentWords < DEFAULT_QUOTE_PARAMS.minContentWords) return null;
  // Profiled on first use: the classifier reads it only when the other statement quotes at length too (a small
  // share of the comparisons), and the profile is the costly part.
  const joined = spans.map((s) => s.text).join(' ');
  let profile: TextProfile | null = null;
  return {
    quoted,
    get profile(): TextProfile {
      return (profile ??= profileOf(joined));
    },
  };
}

/** Does every quoted fragment of `part` occur, allowing small changes, inside the quotations of `whole`? */
export function quoteContained(part: QuoteProfile, whole: QuoteProfile): boolean {
  return quotedNearlyIn(part.quoted, whole.quoted, DEFAULT_QUOTE_PARAMS.fragmentBigramCover);
}
