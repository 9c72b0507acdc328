/** What each format's reader hands back to readArticle, before the common field rules apply. */

export interface ReadFields {
  title?: string;
  /** Clean text, one paragraph per line. */
  text: string;
  /** The outlet as the file declares it (JSON source, HTML site name). */
  source?: string;
  url?: string;
  publishedAt?: string;
  author?: string;
}

export type ReaderResult = { ok: true; fields: ReadFields } | { ok: false; reason: string };
