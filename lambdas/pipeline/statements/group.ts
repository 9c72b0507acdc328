/**
 * What a merged statement shows: from the units merged into one group, its representative wording (for a quote
 * the quotation closest to the speaker's own words, for a claim the most central sentence), its kind, its speaker,
 * the articles and each article's wording, and whether the outlets quoted the same words.
 */
import type { StatementKind, StatementVariant } from '../model.js';
import { words } from '../text/tokens.js';
import { speakerKey } from './match.js';
import type { StatementUnit } from './units.js';
import { closestToOriginal, medoidIndex, quoteWording, type QuotedWording } from './wording.js';
import { trimEndOf } from '../text/trim.js';

export interface MergedGroup {
  /** Representative wording: for quotes, the quotation closest to the original; for claims, the most central sentence. */
  text: string;
  kind: StatementKind;
  speaker: string | null;
  /** Article ids carrying it, in story order. */
  articles: string[];
  /**
   * One wording per article, in story order; an article may add a second one when a later sentence of it repeats
   * words of the same quotation (see absorbFragments).
   */
  variants: StatementVariant[];
  units: StatementUnit[];
  /** For a quote carried by several articles: do their quoted words match ('verbatim') or not ('paraphrase')? */
  wording: 'verbatim' | 'paraphrase' | null;
  /**
   * Articles not carrying the statement whose sentences came close to it (merge.ts echoesOf): the statement is not
   * "only in" one outlet when they are other reports. Set by merging for statements one report carries (the only
   * ones it decides); absent otherwise.
   */
  echoes?: string[];
}


/** Builds a group's representative text, kind, speaker and wording from its units. */
export function groupOf(us: StatementUnit[], reportOf: (articleId: string) => string): MergedGroup {
  // Fragment sentences absorbed into a quote (kind 'claim', a few quoted words) are witnesses of its wording too.
  const quoted = us.filter((u) => u.quote && words(u.quote).length > 0);
  const kind: StatementKind = us.some((u) => u.kind === 'quote' && u.quote) ? 'quote' : 'claim';
  const wordings = quoted.map((u) => ({ report: reportOf(u.article), quote: u.quote!, fragments: u.fragments }));
  const fullQuotes = wordings.filter((_, i) => quoted[i]!.kind === 'quote');
  const text = kind === 'quote' ? tidyQuote(closestToOriginal(fullQuotes).quote) : medoid(us.map((u) => u.text));
  const articles = [...new Set(us.map((u) => u.article))];
  return {
    text,
    kind,
    speaker: groupSpeaker(us),
    articles,
    variants: us.map((u) => ({ article: u.article, text: u.text })),
    units: us,
    // An outlet that reports the statement without quoting it has reworded it.
    wording: kind !== 'quote' || articles.length < 2 ? null : quoted.length < us.length ? 'paraphrase' : quoteWording(wordings),
  };
}

/**
 * The quotation closest to the original among plain quotations (no report information: each is its own
 * report). See closestToOriginal.
 */
export function representativeQuote(quotes: readonly string[]): string {
  const wordings: QuotedWording[] = quotes.map((quote, i) => ({ report: String(i), quote, fragments: [] }));
  return closestToOriginal(wordings).quote;
}

/** The most central text (see medoidIndex); '' for none. */
function medoid(texts: readonly string[]): string {
  return texts[medoidIndex(texts)] ?? '';
}

/** The speaker most units name (by last name), in its longest form. */
function groupSpeaker(us: readonly StatementUnit[]): string | null {
  const named = us.map((u) => u.speaker).filter((s): s is string => s !== null);
  // sameSpeaker is "same last name": bucket the names by it once instead of comparing every pair (a quote carried
  // by hundreds of outlets would cost hundreds of thousands of tokenisations). Buckets keep the names' order.
  const buckets = new Map<string, string[]>();
  const keys = named.map(speakerKey);
  named.forEach((s, i) => {
    const key = keys[i];
    if (key === undefined) return;
    const list = buckets.get(key);
    if (list) list.push(s);
    else buckets.set(key, [s]);
  });
  let best: string | null = null;
  let bestCount = 0;
  for (const key of keys) {
    const same = key === undefined ? undefined : buckets.get(key);
    if (!same || same.length <= bestCount) continue;
    best = same.reduce((x, y) => (y.length > x.length ? y : x));
    bestCount = same.length;
  }
  return best;
}

/** A quotation cut before "he said" ends in a comma; shown alone it ends as a sentence. */
function tidyQuote(q: string): string {
  const t = trimEndOf(q, ',;:–—-', true);
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
}
