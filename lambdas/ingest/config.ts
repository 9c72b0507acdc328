/**
 * The ingest function's configuration, from the environment lib/ingest-function.ts sets. It shares the digest
 * function's names for the bucket, the articles prefix and the size limit: both must read an article alike.
 */
import * as z from 'zod';
import { ENV as DIGEST_ENV } from '../digest/config.js';

export const ENV = {
  bucket: DIGEST_ENV.bucket,
  articlesPrefix: DIGEST_ENV.articlesPrefix,
  maxObjectBytes: DIGEST_ENV.maxObjectBytes,
} as const;

const schema = z.object({
  bucket: z.string().min(3),
  articlesPrefix: z.string().default('articles/'),
  maxObjectBytes: z.coerce.number().int().positive().default(5 * 1024 * 1024),
});

export type IngestConfig = z.infer<typeof schema>;

export function ingestConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  const raw: Record<string, string> = {};
  for (const [field, name] of Object.entries(ENV)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[field] = value;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${ENV[String(i.path[0]) as keyof typeof ENV] ?? String(i.path[0])}: ${i.message}`);
    throw new Error(`ingest function misconfigured: ${problems.join('; ')}`);
  }
  return result.data;
}
