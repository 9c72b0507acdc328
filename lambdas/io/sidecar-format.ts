/**
 * The sidecar: what the ingest function learned from one article object, so the daily run need not read and parse
 * it again. It holds the parsed Article and its clean sentences (the two costly per-article steps of the daily run:
 * decoding, boilerplate removal, sentence splitting), or the reason the file was skipped.
 *
 * A sidecar is only ever a shortcut. It names the object it was made from (key, ETag, size) and the reader version
 * and size limit it was made with; when any of them differs from what the daily run sees, or the sidecar does not
 * validate, the daily run reads the raw article as if there were no sidecar. So the digest never depends on whether
 * or when the ingest function ran, only on the articles.
 */
import * as z from 'zod';
import type { Article, ReadResult, Sentence, SkipCause } from '../pipeline/model.js';
import { sentencesOf } from '../pipeline/text/sentences.js';

/**
 * Bump whenever the readers (lambdas/pipeline/articles/) or sentence splitting (lambdas/pipeline/text/sentences.ts)
 * change what they produce: every sidecar written before is then stale and ignored. test/unit/ingest pins a digest
 * of both over fixtures and fails when they change without a bump.
 */
export const SIDECAR_VERSION = 6;

/** The object a sidecar was made from, as S3 reports it (ETag without quotes). */
export interface ObjectVersion {
  key: string;
  etag: string;
  size: number;
}

const articleSchema = z.strictObject({
  id: z.string().min(1),
  source: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  author: z.string().optional(),
  format: z.enum(['txt', 'json', 'html']),
  text: z.string(),
});

const common = {
  v: z.literal(SIDECAR_VERSION),
  key: z.string().min(1),
  etag: z.string().min(1),
  size: z.number().int().nonnegative(),
  /** The per-article size limit in force when it was made: a "too large" verdict only holds under the same limit. */
  maxBytes: z.number().int().positive(),
};

const sidecarSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('article'),
    article: articleSchema,
    /** sentencesOf(article), compactly: [paragraph, text] in order (the index is the position). */
    sentences: z.array(z.tuple([z.number().int().nonnegative(), z.string()])),
  }),
  z.strictObject({ ...common, kind: z.literal('skipped'), id: z.string().min(1), reason: z.string().min(1) }),
]);

export type Sidecar = z.infer<typeof sidecarSchema>;

/** S3 quotes ETags in listings and GET responses but not in event records: compare them without quotes. */
export function normalizeEtag(etag: string): string {
  return etag.replace(/^(W\/)?"|"$/g, '');
}

/** The sidecar of one read: the article and its sentences, or the skip with its reason. */
export function makeSidecar(object: ObjectVersion, maxBytes: number, result: ReadResult): Sidecar {
  const base = { v: SIDECAR_VERSION, key: object.key, etag: normalizeEtag(object.etag), size: object.size, maxBytes } as const;
  if (!result.ok) return { ...base, kind: 'skipped', id: result.skipped.id, reason: result.skipped.reason };
  return {
    ...base,
    kind: 'article',
    article: result.article,
    sentences: sentencesOf(result.article).map((s) => [s.paragraph, s.text] as [number, string]),
  };
}

export function encodeSidecar(sidecar: Sidecar): string {
  return JSON.stringify(sidecar);
}

/** The sidecar in these bytes, or why it is unusable (not JSON, wrong shape, another version). Never throws. */
export function decodeSidecar(bytes: Uint8Array | string): { ok: true; sidecar: Sidecar } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    return { ok: false, reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `invalid sidecar: ${parsed.error.issues[0]?.message ?? 'unknown'} at ${parsed.error.issues[0]?.path.join('.') ?? ''}` };
  return { ok: true, sidecar: parsed.data };
}

/** What the daily run knows of the article it is about to read. */
export interface Expected {
  /** The article id in this run (its path under the listed prefix): it decides the outlet, so it must match. */
  id: string;
  object: ObjectVersion;
  maxBytes: number;
}

/** Why this sidecar does not describe the object the daily run sees, or null when it does. */
export function staleReason(sidecar: Sidecar, expected: Expected): string | null {
  if (sidecar.key !== expected.object.key) return `made for ${sidecar.key}`;
  if (sidecar.etag !== normalizeEtag(expected.object.etag) || sidecar.size !== expected.object.size) return 'the object changed since';
  if (sidecar.maxBytes !== expected.maxBytes) return 'made under another size limit';
  const id = sidecar.kind === 'article' ? sidecar.article.id : sidecar.id;
  // A run over part of a day (a narrower prefix) names articles differently, and the outlet may follow the id.
  if (id !== expected.id) return `made for id ${id}`;
  return null;
}

/** The read result and sentences a usable sidecar stands for: what readArticle and sentencesOf would give. */
export function restore(sidecar: Sidecar): { result: ReadResult; sentences?: Sentence[] } {
  if (sidecar.kind === 'skipped') return { result: { ok: false, skipped: { id: sidecar.id, reason: sidecar.reason }, cause: skipCauseOf(sidecar) } };
  const article: Article = sidecar.article;
  const sentences = sidecar.sentences.map(([paragraph, text], index) => ({ article: article.id, index, paragraph, text }));
  return { result: { ok: true, article }, sentences };
}

/**
 * The cause of a sidecar's skip, which the format does not store (so SkipCause changed no sidecar and needed no new
 * SIDECAR_VERSION). Whoever writes a sidecar (the ingest function, writeFsSidecar) read the object itself and writes
 * none when it cannot, so the skip is never `unreadable`. It is the size limit's verdict when the size the sidecar
 * records is over the limit it records (both writers give tooLargeResult for exactly those objects, with that size),
 * else the readers'.
 */
function skipCauseOf(sidecar: Sidecar & { kind: 'skipped' }): SkipCause {
  return sidecar.size > sidecar.maxBytes ? 'too-large' : 'refused';
}
