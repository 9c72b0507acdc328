/**
 * The digest function's configuration, from the environment the stack sets (lib/digest-function.ts writes
 * the same names). Parsed once per container; a missing or bad variable fails the first invocation loudly.
 */
import * as z from 'zod';
import { isValidTimeZone } from '../shared/time.js';
import { configFromEnvironment } from '../shared/env-config.js';

export const ENV = {
  bucket: 'BUCKET',
  articlesPrefix: 'ARTICLES_PREFIX',
  sender: 'SENDER',
  recipients: 'RECIPIENTS',
  timeZone: 'TIME_ZONE',
  configurationSet: 'CONFIGURATION_SET',
  unsubscribeUrl: 'UNSUBSCRIBE_URL',
  sendEmptyDay: 'SEND_EMPTY_DAY',
  maxObjectBytes: 'MAX_OBJECT_BYTES',
  readConcurrency: 'READ_CONCURRENCY',
} as const;

const address = z.string().trim().toLowerCase().regex(/^[^\s@<>,;"']+@[^\s@<>,;"']+$/);

/** How an article is found and read: the ingest function takes these too, so both read an article alike. */
export const ARTICLE_READ_FIELDS = {
  bucket: z.string().min(3),
  articlesPrefix: z.string().default('articles/'),
  maxObjectBytes: z.coerce.number().int().positive().default(5 * 1024 * 1024),
};

const schema = z.object({
  ...ARTICLE_READ_FIELDS,
  sender: address,
  recipients: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(address)),
  timeZone: z.string().refine(isValidTimeZone, 'unknown time zone'),
  configurationSet: z.string().optional(),
  unsubscribeUrl: z.url({ protocol: /^https?$/ }),
  sendEmptyDay: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  readConcurrency: z.coerce.number().int().min(1).max(128).default(16),
});

export type DigestConfig = z.infer<typeof schema>;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DigestConfig {
  return configFromEnvironment(env, ENV, schema, 'digest');
}
