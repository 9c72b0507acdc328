/**
 * The digest function's configuration, from the environment the stack sets (lib/digest-function.ts writes
 * the same names). Parsed once per container; a missing or bad variable fails the first invocation loudly.
 */
import * as z from 'zod';
import { isValidTimeZone } from '../shared/time.js';

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

const schema = z.object({
  bucket: z.string().min(3),
  articlesPrefix: z.string().default('articles/'),
  sender: address,
  recipients: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(address)),
  timeZone: z.string().refine(isValidTimeZone, 'unknown time zone'),
  configurationSet: z.string().optional(),
  unsubscribeUrl: z.url({ protocol: /^https?$/ }),
  sendEmptyDay: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  maxObjectBytes: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  readConcurrency: z.coerce.number().int().min(1).max(128).default(16),
});

export type DigestConfig = z.infer<typeof schema>;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DigestConfig {
  const raw: Record<string, string | undefined> = {};
  for (const [field, name] of Object.entries(ENV)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[field] = value;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => {
      const field = String(i.path[0]) as keyof typeof ENV;
      return `${ENV[field] ?? field}: ${i.message}`;
    });
    throw new Error(`digest function misconfigured: ${problems.join('; ')}`);
  }
  return result.data;
}
