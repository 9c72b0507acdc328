import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, ReadResult } from '../../../lambdas/pipeline/model.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));

export function fixture(id: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + id));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Reads a text as a file with the given id and expects an article. */
export function readOk(id: string, content: string | Uint8Array): Article {
  const result = readArticle({ id, bytes: typeof content === 'string' ? utf8(content) : content });
  if (!result.ok) throw new Error(`expected an article, got skipped: ${result.skipped.reason}`);
  return result.article;
}

/** Reads a text as a file with the given id and expects a skip reason. */
export function readSkipped(id: string, content: string | Uint8Array): string {
  const result: ReadResult = readArticle({ id, bytes: typeof content === 'string' ? utf8(content) : content });
  if (result.ok) throw new Error(`expected a skip, got an article: ${result.article.text.slice(0, 80)}`);
  return result.skipped.reason;
}
