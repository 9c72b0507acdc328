import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../lambdas/digest/config.js';
import { ingestConfigFromEnv } from '../../../lambdas/ingest/config.js';

const digestEnv = {
  BUCKET: 'news-bucket',
  SENDER: 'digest@example.com',
  RECIPIENTS: 'a@example.com,b@example.org',
  TIME_ZONE: 'Europe/Berlin',
  UNSUBSCRIBE_URL: 'https://links.example.com/',
};

describe('function configuration from the environment', () => {
  it('reads each field from its variable and applies the defaults for unset or empty ones', () => {
    const config = configFromEnv({ ...digestEnv, MAX_OBJECT_BYTES: '', READ_CONCURRENCY: '8' });
    expect(config).toMatchObject({ bucket: 'news-bucket', articlesPrefix: 'articles/', maxObjectBytes: 5 * 1024 * 1024, readConcurrency: 8 });
    expect(config.recipients).toEqual(['a@example.com', 'b@example.org']);
  });

  it('names every bad variable, by its environment name, in one error', () => {
    expect(() => configFromEnv({ ...digestEnv, TIME_ZONE: 'Nowhere/Land', READ_CONCURRENCY: '0' })).toThrow(
      /^digest function misconfigured: .*TIME_ZONE: unknown time zone.*; READ_CONCURRENCY: /,
    );
  });

  it('gives the ingest function the digest function\'s names and rules for how an article is read', () => {
    expect(ingestConfigFromEnv({ BUCKET: 'news-bucket', ARTICLES_PREFIX: 'in/', MAX_OBJECT_BYTES: '1000' })).toEqual({
      bucket: 'news-bucket',
      articlesPrefix: 'in/',
      maxObjectBytes: 1000,
    });
    expect(() => ingestConfigFromEnv({ MAX_OBJECT_BYTES: '-5' })).toThrow(/^ingest function misconfigured: BUCKET: .*; MAX_OBJECT_BYTES: /);
  });
});
