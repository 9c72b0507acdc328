/**
 * The types the pipeline passes between its stages, and the shape of digest.json.
 * One place for them, so a reader of digest.json and a reader of the code see the same names.
 */

/** What a reader gets from an ArticleSource: a file's bytes and its id (path relative to the root, `/`-separated). */
export interface RawFile {
  id: string;
  bytes: Uint8Array;
}

export type ArticleFormat = 'txt' | 'json' | 'html';

/** One article after reading and boilerplate removal. Everything in it is untrusted text. */
export interface Article {
  /** Path relative to the input root, with `/` separators. Unique within a day. */
  id: string;
  /** The outlet: JSON `source`, else HTML site name, else first folder under the root, else the file stem. */
  source: string;
  title?: string;
  /** Only http(s) URLs survive reading; anything else is dropped. */
  url?: string;
  /** ISO 8601 when known. */
  publishedAt?: string;
  author?: string;
  format: ArticleFormat;
  /** Clean body text: one paragraph per line, boilerplate removed, title not repeated. */
  text: string;
}

/** An input that could not become an article, with a reason a person can act on: an entry of digest.json's skips. */
export interface Skipped {
  id: string;
  reason: string;
}

/**
 * What kind of failure a skip was, for the code that acts on it (the digest function counts the `unreadable` ones,
 * and an alarm watches that count); the reason's words are for people and can be reworded without breaking that.
 * Set where the skip is decided, carried beside the Skipped record, never written to digest.json.
 * - `unreadable`: the source would not hand the bytes over (after its retries): the storage's fault, not the file's;
 * - `too-large`: over the per-article size limit, by the listing's size or by the bytes read;
 * - `refused`: the readers found no article in the bytes (no reader for the file type, binary or empty, malformed
 *   JSON, no article text, a page too deep or too large to parse, a reader failure); the reason says which.
 */
export type SkipCause = 'unreadable' | 'too-large' | 'refused';

export type ReadResult = { ok: true; article: Article; planning?: PlanningInput } | { ok: false; skipped: Skipped; cause: SkipCause };

/**
 * What story planning (copies, versions, clustering) reads of one article, computed where the article is read (a
 * parse worker) so the day-wide phase only gathers it: stories/planning-input.ts makes it, and a plan built from it
 * is the plan built from the article. Compact, for the trip between threads: a few kilobytes per article.
 */
export interface PlanningInput {
  /** Clustering terms (stories/terms.ts) joined by spaces (a term never holds one), with counts and kind codes. */
  terms: string;
  termCounts: Float64Array;
  termKinds: Uint8Array;
  /** The term options they were counted under: a plan with other options counts them again. */
  leadWeight: number;
  leadChars: number;
  /** Distinct word 3-shingle hashes, ascending, and their MinHash signature (null: too short: stories/shingles.ts). */
  shingles: Uint32Array;
  signature: Uint32Array | null;
  /** The article's date signature (stories/dates.ts): `wd:saturday`, `mo:11`, `yr:2011` with counts. */
  dates: [string, number][];
}

/** A sentence of an article, the unit statements are built from. */
export interface Sentence {
  /** Article id. */
  article: string;
  /** Position of the sentence in its article, from 0. */
  index: number;
  /** Paragraph number in the article, from 0. */
  paragraph: number;
  text: string;
}

export type StatementKind = 'quote' | 'claim';

export interface StatementVariant {
  article: string;
  text: string;
}

/** One statement of a story: the same quote or claim, merged across the articles that carry it. */
export interface Statement {
  /** The representative wording (for quotes: the wording closest to the original). */
  text: string;
  kind: StatementKind;
  /** Who said it, for quotes and attributed claims; null when unknown. */
  speaker: string | null;
  /**
   * Other people some reports credit with the same words (the speaker is the one most reports name): one report
   * named the wrong person, or both said them. Only names at least two reports, and half as many as the speaker's,
   * give (statements/group.ts ALSO_CREDITED); absent otherwise. In digest.json, not in the email: attribution slips
   * of reworded copies ("Malware", an organisation for its spokesman) still pass that bar on generated days.
   */
  alsoCredited?: string[];
  /** Ids of every article carrying it, in story order. */
  articles: string[];
  /** Each article's own wording. */
  variants: StatementVariant[];
  /** Distinct outlets carrying it. */
  sources: string[];
  /** Ranking score; statements are sorted by it, highest first. */
  score: number;
  /** True for the statements the email shows. */
  key: boolean;
  /** Independent reports carrying it: articles that are copies of one another count once. */
  independent?: number;
  /**
   * For a quote carried by several articles: 'verbatim' when the quoted words match across them, 'paraphrase' when
   * at least one outlet reworded them. Null for claims and for single-article statements.
   */
  wording?: 'verbatim' | 'paraphrase' | null;
  /** The outlet when only one independent report carries it ("what this outlet alone adds"), else null. */
  onlyIn?: string | null;
  /** For a continuing story: true when the statement was not in the previous digest. */
  isNew?: boolean;
}

export interface FigureValue {
  /** The numeric value, normalised (e.g. 1500 for "1,500"). */
  value: number;
  /** The wording as printed in the article ("1,500", "as many as 12,000"). */
  text: string;
  articles: string[];
  /** Who the text says claims this value, when it says ("South Korean intelligence"). */
  claimedBy?: string;
}

/** One quantity that the articles of a story report with different values. */
export interface Figure {
  /** What is counted ("North Korean troops"). */
  subject: string;
  values: FigureValue[];
}

export interface StoryArticle {
  id: string;
  source: string;
  title: string | null;
  url: string | null;
  /** When this article is a near-verbatim copy (a republished wire story): the id of the original. */
  copyOf?: string | null;
  publishedAt?: string | null;
}

export interface Story {
  /** Stable within a digest: derived from the story's article ids. */
  id: string;
  title: string;
  articles: StoryArticle[];
  /** All merged statements, ranked; `key` marks those the email shows. */
  statements: Statement[];
  figures: Figure[];
  /** Distinct outlets among the story's independent reports (copies do not add one). */
  outlets?: number;
  /** Set when the story ran in the previous digest: that digest's date and the story's title then. */
  continues?: { date: string; title: string } | null;
}

export interface DigestStats {
  /** Articles read successfully (skipped files are not counted here). */
  articles: number;
  stories: number;
  /** Distinct outlets among the articles read. */
  outlets: number;
  /** Sentences that were folded into a statement carried by another article. */
  statementsMerged: number;
  skipped: Skipped[];
}

export interface Digest {
  schemaVersion: 1;
  /** The day the digest covers, YYYY-MM-DD. */
  date: string;
  stats: DigestStats;
  stories: Story[];
}
