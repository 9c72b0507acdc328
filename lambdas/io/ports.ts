/**
 * The two edges of the pipeline. The CLI plugs in the filesystem, the Lambda plugs in S3 and SES;
 * everything between them is the same code.
 */

import type { SkipCause } from '../pipeline/model.js';

/** One entry of a listing: enough to decide whether to read it. */
export interface SourceEntry {
  /** Path relative to the source root, `/`-separated: becomes the article id. */
  id: string;
  /** Size in bytes, when the listing knows it. */
  size?: number;
  /** The object's ETag, when the listing knows it (S3): tells a sidecar made from this very object. */
  etag?: string;
  /**
   * Set when the listing saw the path but it cannot be an article (a FIFO or a device, a link out of the folder or to
   * nothing, a folder it could not open, a second name of a file already listed): readDay records it as skipped with
   * this reason and never reads it, so nothing the folder holds vanishes from the day.
   */
  refused?: { reason: string; cause: SkipCause };
}

/** Where a day's articles come from (a local folder, an S3 prefix). */
export interface ArticleSource {
  /** Every file under the root, recursively, in a stable order. */
  list(): AsyncIterable<SourceEntry>;
  /** The bytes of one listed file. Rejects with an Error whose message says why. */
  read(id: string): Promise<Uint8Array>;
}

/** One finished email for one recipient. */
export interface OutgoingMail {
  to: string;
  subject: string;
  /** The complete RFC 5322 message, as built by render/mime.ts. */
  raw: Buffer;
}

/** Where finished emails go (an outbox folder, Amazon SES). */
export interface MailSink {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** A file given as its chunks, in order (io/chunked-json.ts): a large digest.json, never joined into one string. */
export type ArchiveChunks = Iterable<Uint8Array>;

/** Where a finished digest is kept (a local folder, the bucket's digests/YYYY-MM-DD/ prefix). */
export interface Archive {
  /** Stores one file of the digest; returns where it landed (a path or an S3 key). */
  put(name: string, body: string | Uint8Array | ArchiveChunks, contentType: string): Promise<string>;
}
