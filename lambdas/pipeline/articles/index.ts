/**
 * Reading one input file into an Article: decode, dispatch on the extension, apply the common
 * field rules (single-line capped metadata, http(s) URLs only, source derivation). Never throws:
 * whatever goes wrong becomes a Skipped with a reason a person can act on.
 */
import type { Article, ArticleFormat, RawFile, ReadResult } from '../model.js';
import { decodeText } from './decode.js';
import { readHtml } from './html.js';
import { readJson } from './json.js';
import { cleanAuthor, cleanTitle, deriveSource, extensionOf, isoDate, safeUrl } from './metadata.js';
import type { ReaderResult } from './reader-types.js';
import { readTxt } from './txt.js';
import type { LineJudge } from './line-memo.js';

const READERS: Record<string, { format: ArticleFormat; read: (text: string, lines?: LineJudge) => ReaderResult }> = {
  '.txt': { format: 'txt', read: readTxt },
  '.text': { format: 'txt', read: readTxt },
  '.json': { format: 'json', read: readJson },
  '.html': { format: 'html', read: readHtml },
  '.htm': { format: 'html', read: readHtml },
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(READERS);

/** A file the readers found no article in. */
function skip(id: string, reason: string): ReadResult {
  return { ok: false, skipped: { id, reason }, cause: 'refused' };
}

function readUnsafe(file: RawFile, lines?: LineJudge): ReadResult {
  const ext = extensionOf(file.id);
  const reader = READERS[ext];
  if (reader === undefined) return skip(file.id, ext === '' ? 'unsupported file type (no extension)' : `unsupported file type ${ext}`);
  // A web page may declare its encoding (<meta charset>, an XML declaration): honoured before any guess.
  const decoded = decodeText(file.bytes, { markup: reader.format === 'html' });
  if (!decoded.ok) return skip(file.id, decoded.reason);
  const result = reader.read(decoded.text, lines);
  if (!result.ok) return skip(file.id, result.reason);
  const f = result.fields;
  const article: Article = {
    id: file.id,
    source: deriveSource(file.id, f.source),
    format: reader.format,
    text: f.text,
  };
  const title = cleanTitle(f.title);
  const url = safeUrl(f.url);
  const publishedAt = isoDate(f.publishedAt);
  const author = cleanAuthor(f.author);
  if (title !== undefined) article.title = title;
  if (url !== undefined) article.url = url;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  if (author !== undefined) article.author = author;
  return { ok: true, article };
}

/**
 * The verdict on a file over the size limit, read or not: one wording wherever the limit is applied (the daily
 * run's listing and GET, the ingest function, local sidecars), so a sidecar's skip record equals the raw read's.
 */
export function tooLargeResult(id: string, size: number, maxBytes: number): ReadResult {
  return { ok: false, skipped: { id, reason: `file too large: ${size} bytes (limit ${maxBytes})` }, cause: 'too-large' };
}

/**
 * Reads one file into an Article, or says why it was skipped. Never throws. `lines`: the day's LineMemo, when the
 * caller reads a day (the same article either way).
 */
export function readArticle(file: RawFile, lines?: LineJudge): ReadResult {
  try {
    return readUnsafe(file, lines);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return skip(file.id, `could not read: ${message.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
}
