/**
 * The stack's configuration, read from cdk.json context (or `-c key=value`) and validated at synth, so a typo
 * fails `cdk synth` with the name of the bad key instead of a digest that silently never arrives.
 */
import * as z from 'zod';
import { isValidTimeZone } from '../lambdas/shared/time.js';
import { RESERVED_PREFIXES } from '../lambdas/shared/bucket-layout.js';

/** The context keys this app reads; anything else in the context belongs to CDK itself. */
export const CONFIG_KEYS = [
  'sender',
  'senderIdentity',
  'recipients',
  'schedule',
  'timeZone',
  'bucket',
  'prefix',
  'window',
  'sendEmptyDay',
  'alarmEmail',
  'memoryMb',
  'timeoutSeconds',
  'logRetentionDays',
  'maxObjectBytes',
  'readConcurrency',
  'ingest',
  'ingestMemoryMb',
] as const;

type ConfigKey = (typeof CONFIG_KEYS)[number];

// A plain address: the function puts it in headers and IAM conditions, so no display names, no spaces, no commas.
const address = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[^\s@<>,;"']+@[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a plain email address like news@example.com');

// `-c key=value` always gives strings: accept "true"/"12" as well as JSON values from cdk.json.
const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Log retention values CloudWatch accepts. */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

const schema = z.object({
  sender: address,
  /** The SES identity that authorises the sender: a domain (recommended: DKIM) or the sender address itself. */
  senderIdentity: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^([^\s@]+@)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a domain (example.com) or an email address')
    .optional(),
  recipients: z
    .union([z.array(z.string()), z.string().transform((s) => s.split(','))])
    .pipe(z.array(address).min(1, 'needs at least one address').max(500, 'at most 500 addresses'))
    .transform((list) => [...new Set(list)]),
  /** EventBridge Scheduler expression, evaluated in `timeZone`. */
  schedule: z
    .string()
    .trim()
    .regex(/^(cron\(\S+( \S+){5}\)|rate\(\d+ (minute|minutes|hour|hours|day|days)\))$/, 'must be cron(m h dom mon dow year) or rate(n unit)'),
  timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Berlin'),
  /** An existing bucket to read from and archive to; when absent the stack creates one. */
  bucket: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')
    .optional(),
  /** Where the days live: `${prefix}YYYY-MM-DD/`. */
  prefix: z
    .string()
    .regex(/^([A-Za-z0-9!_.*'()-]+\/)*$/, 'must be empty or end with "/" (e.g. articles/) and contain no ".." or spaces')
    .refine((p) => !p.split('/').includes('..'), 'must not contain ".."')
    .refine((p) => !RESERVED_PREFIXES.some((r) => p.startsWith(r)), `must not lie under ${RESERVED_PREFIXES.join(', ')} (the stack writes there)`)
    .default('articles/'),
  /** Scheduler flexible time window in minutes (0 = fire exactly on time). */
  window: int(0, 1440).default(0),
  sendEmptyDay: bool.default(false),
  alarmEmail: address.optional(),
  // Measured: 2,000 synthetic articles took 44 s and 0.7 GB RSS on one x86 core; 2 GB gives arm64 Lambda
  // just over one vCPU and room for the day in memory.
  memoryMb: int(128, 10240).default(2048),
  // About six times the measured run, for S3 latency, SES throttling backoff and a slower day.
  timeoutSeconds: int(10, 900).default(300),
  logRetentionDays: z.coerce.number().refine((d) => RETENTION_DAYS.includes(d), `must be one of ${RETENTION_DAYS.join(', ')}`).default(90),
  maxObjectBytes: int(1024, 100 * 1024 * 1024).default(5 * 1024 * 1024),
  readConcurrency: int(1, 128).default(16),
  /** Parse each article as it lands (the ingest function and its sidecars); the daily run reads raw files otherwise. */
  ingest: bool.default(true),
  // Parsing one article needs little; 1 GB leaves room for a large HTML page's DOM.
  ingestMemoryMb: int(128, 10240).default(1024),
});

export type DigestStackConfig = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates raw context values; throws ConfigError naming every bad key. */
export function parseConfig(raw: Partial<Record<ConfigKey, unknown>>): DigestStackConfig {
  const input: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) if (raw[key] !== undefined && raw[key] !== '') input[key] = raw[key];
  const result = schema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '?');
      const missing = issue.code === 'invalid_type' && input[key] === undefined;
      return `  context key "${key}": ${missing ? 'is required' : issue.message}`;
    });
    throw new ConfigError(`news-digest: invalid configuration in cdk.json context (or -c):\n${lines.join('\n')}`);
  }
  const config = result.data;
  const identity = config.senderIdentity;
  const senderDomain = config.sender.slice(config.sender.lastIndexOf('@') + 1);
  // SES only lets the function send as an address its identity covers (the address, its domain or a parent).
  if (identity && (identity.includes('@') ? identity !== config.sender : senderDomain !== identity && !senderDomain.endsWith(`.${identity}`))) {
    throw new ConfigError(`news-digest: invalid configuration in cdk.json context (or -c):\n  context key "senderIdentity": ${identity} does not cover the sender ${config.sender}`);
  }
  // Lambda environment variables share a 4 KB budget; the recipient list travels there.
  if (config.recipients.join(',').length > 3000) {
    throw new ConfigError('news-digest: invalid configuration in cdk.json context (or -c):\n  context key "recipients": the list is longer than 3000 characters (Lambda environment limit)');
  }
  return config;
}

/** Reads the keys from a CDK node's context. */
export function configFromContext(tryGetContext: (key: string) => unknown): DigestStackConfig {
  const raw: Partial<Record<ConfigKey, unknown>> = {};
  for (const key of CONFIG_KEYS) raw[key] = tryGetContext(key);
  return parseConfig(raw);
}
