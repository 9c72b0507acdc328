/** SHA-256 of a value's JSON, hashed chunk by chunk: at 100,000 articles one JSON.stringify of a digest passes V8's string limit. */
import { createHash } from 'node:crypto';
import { jsonChunks } from '../lambdas/io/chunked-json.js';

export function jsonSha256(value: unknown): string {
  const hash = createHash('sha256');
  for (const chunk of jsonChunks(value)) hash.update(chunk);
  return hash.digest('hex');
}
