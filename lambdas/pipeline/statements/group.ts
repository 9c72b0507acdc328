/**
 * What a merged statement shows: from the units merged into one group, its representative wording (for a quote
 * the quotation closest to the speaker's own words, for a claim the most central sentence), its kind, its speaker,
 * the articles and each article's wording, and whether the outlets quoted the same words.
 */
import type { StatementKind, StatementVariant } from '../model.js';
import { words } from '../text/tokens.js';
import { isNamed, speakerKey } from './match.js';
import type { StatementUnit } from './units.js';
import { closestToOriginal, medoidIndex, quoteWording, type QuotedWording } from './wording.js';
import { trimEndOf } from '../text/trim.js';

export interface MergedGroup {
  /** Representative wording: for quotes, the quotation closest to the original; for claims, the most central sentence. */
  text: string;
  kind: StatementKind;
  speaker: string | null;
  /**
   * Other names reports credit with the same words (one per person, most credited first), those at least
   * ALSO_CREDITED's share of the reports give: one report named the wrong person, or both said them. Kept in
   * digest.json (Statement.alsoCredited), not shown in the email.
   */
  alsoCredited: string[];
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
  const credits = creditedNames(us, reportOf);
  return {
    text,
    kind,
    speaker: credits[0]?.name ?? null,
    alsoCredited: rivalNames(credits),
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

/**
 * When another name is kept beside a statement's speaker: credited by at least `minReports` independent reports
 * and by at least `minShare` of the speaker's. One report's slip (an organisation for its spokesman, a stray
 * capitalised word) is not a rival attribution; a name a good part of the reports give is.
 */
export const ALSO_CREDITED = { minReports: 2, minShare: 0.5 } as const;

interface Credit {
  /** The name in its longest form. */
  name: string;
  /** Units naming it. */
  units: number;
  /** Independent reports naming it. */
  reports: number;
  /** A name, not a description (match.ts isNamed). */
  named: boolean;
}

/**
 * The names the units credit, one per person (by last name, in its longest form): names before descriptions (an
 * outlet that writes "Police" or "the company" describes whom another names: "Katri Sundell", "Valtor Steel"), then
 * the most credited first, ties in the order they first occur. The first is the group's speaker.
 */
function creditedNames(us: readonly StatementUnit[], reportOf: (articleId: string) => string): Credit[] {
  // sameSpeaker is "same last name": bucket the names by it once instead of comparing every pair (a quote carried
  // by hundreds of outlets would cost hundreds of thousands of tokenisations). Buckets keep the names' order.
  const buckets = new Map<string, { names: string[]; reports: Set<string> }>();
  for (const u of us) {
    const key = u.speaker === null ? undefined : speakerKey(u.speaker);
    if (key === undefined) continue;
    const bucket = buckets.get(key) ?? buckets.set(key, { names: [], reports: new Set() }).get(key)!;
    bucket.names.push(u.speaker!);
    bucket.reports.add(reportOf(u.article));
  }
  return [...buckets.values()]
    .map(({ names, reports }, first) => {
      const name = names.reduce((x, y) => (y.length > x.length ? y : x));
      return { name, named: isNamed(name), units: names.length, reports: reports.size, first };
    })
    .sort((x, y) => Number(y.named) - Number(x.named) || y.units - x.units || x.first - y.first)
    .map(({ name, named, units, reports }) => ({ name, named, units, reports }));
}

/** The other names kept beside the speaker's (ALSO_CREDITED). */
function rivalNames(credits: readonly Credit[]): string[] {
  const speaker = credits[0];
  if (!speaker) return [];
  const bar = Math.max(ALSO_CREDITED.minReports, ALSO_CREDITED.minShare * speaker.reports);
  return credits.slice(1).filter((c) => c.reports >= bar && c.named).map((c) => c.name);
}

/** A quotation cut before "he said" ends in a comma; shown alone it ends as a sentence. */
function tidyQuote(q: string): string {
  const t = trimEndOf(q, ',;:–—-', true);
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
}
