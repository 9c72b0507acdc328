/**
 * What two statements quote. When both quote someone at some length, the quoted words ARE the statement:
 * the reporting frame around them ("Putin said", "he told reporters") is shared by every quote of the same
 * speaker and must not make two different quotes look alike. An outlet that quotes only fragments of a longer
 * quote ("what they 'do within the framework' of the treaty is 'our business'") quotes the same statement.
 */
import { quotedSpans } from '../text/quotes.js';
import { STOP_WORDS, stem, words } from '../text/tokens.js';
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

interface Fragment {
  stems: string[];
  content: string[];
}

export interface QuoteProfile {
  fragments: Fragment[];
  /** Profile of all quoted passages joined: what the paraphrase classifier compares. */
  readonly profile: TextProfile;
  /** Quoted stems, content stems and bigrams, for the containment test. */
  stems: Set<string>;
  bigrams: Set<string>;
  words: number;
  contentWords: number;
}

/**
 * The quotations of a statement, or null when it quotes nothing of substance. `profileOf` profiles the joined
 * quotations when the classifier first asks for them (the comparer's Profiler).
 */
export function quoteProfile(text: string, profileOf: (text: string) => TextProfile): QuoteProfile | null {
  const spans = quotedSpans(text);
  if (spans.length === 0) return null;
  const fragments: Fragment[] = [];
  const stems = new Set<string>();
  const bigrams = new Set<string>();
  let wordCount = 0;
  let contentWords = 0;
  for (const span of spans) {
    const tokens = words(span.text);
    const st = tokens.map(stem);
    const content = st.filter((_, i) => !STOP_WORDS.has(tokens[i]!));
    wordCount += tokens.length;
    contentWords += content.length;
    for (const s of st) stems.add(s);
    for (let i = 0; i + 1 < st.length; i++) bigrams.add(`${st[i]} ${st[i + 1]}`);
    if (content.length > 0) fragments.push({ stems: st, content });
  }
  if (wordCount < DEFAULT_QUOTE_PARAMS.minWords || contentWords < DEFAULT_QUOTE_PARAMS.minContentWords) return null;
  // Profiled on first use: the classifier reads it only when the other statement quotes at length too (a small
  // share of the comparisons), and the profile is the costly part.
  const joined = spans.map((s) => s.text).join(' ');
  let profile: TextProfile | null = null;
  return {
    fragments,
    get profile(): TextProfile {
      return (profile ??= profileOf(joined));
    },
    stems,
    bigrams,
    words: wordCount,
    contentWords,
  };
}

/** Does every quoted fragment of `part` occur, allowing small changes, inside the quotations of `whole`? */
export function quoteContained(part: QuoteProfile, whole: QuoteProfile): boolean {
  if (part.words > whole.words) return false;
  for (const f of part.fragments) {
    for (const c of f.content) if (!whole.stems.has(c)) return false;
    if (f.stems.length < 2) continue;
    let covered = 0;
    for (let i = 0; i + 1 < f.stems.length; i++) if (whole.bigrams.has(`${f.stems[i]} ${f.stems[i + 1]}`)) covered++;
    if (covered / (f.stems.length - 1) < DEFAULT_QUOTE_PARAMS.fragmentBigramCover) return false;
  }
  return true;
}
