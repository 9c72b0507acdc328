/** Plain text pasted from a web page: no metadata, so the headline is found in the text itself. */
import { cleanBody } from './body.js';
import type { ReaderResult } from './reader-types.js';
import type { LineJudge } from './line-memo.js';

export function readTxt(text: string, lines?: LineJudge): ReaderResult {
  const body = cleanBody(text.split('\n'), { detectHeadline: true, ...(lines ? { lines } : {}) }, 'no article text found (only boilerplate)');
  if (!body.ok) return body;
  return { ok: true, fields: { text: body.text, ...(body.title !== undefined ? { title: body.title } : {}) } };
}
