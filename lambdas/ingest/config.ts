/**
 * The ingest function's configuration, from the environment lib/ingest-function.ts sets. It shares the digest
 * function's names for the bucket, the articles prefix and the size limit: both must read an article alike.
 */
import * as z from 'zod';
import { ARTICLE_READ_FIELDS, ENV as DIGEST_ENV } from '../digest/config.js';
import { configFromEnvironment } from '../shared/env-config.js';

export const ENV = {
  bucket: DIGEST_ENV.bucket,
  articlesPrefix: DIGEST_ENV.articlesPrefix,
  maxObjectBytes: DIGEST_ENV.maxObjectBytes,
} as const;

const schema = z.object(ARTICLE_READ_FIELDS);

export type IngestConfig = z.infer<typeof schema>;

export function ingestConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  return configFromEnvironment(env, ENV, schema, 'ingest');
}
