import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../lib/config.js';
import { BASE_CONTEXT, synth } from './synth.js';

const parse = (overrides: Record<string, unknown>) => parseConfig({ ...BASE_CONTEXT, ...overrides } as never);

describe('stack configuration', () => {
  it('applies defaults and normalises values given as strings by -c', () => {
    const config = parse({ recipients: 'A@Example.com, b@example.org,a@example.com', window: '30', sendEmptyDay: 'true' });
    expect(config.recipients).toEqual(['a@example.com', 'b@example.org']);
    expect(config.window).toBe(30);
    expect(config.sendEmptyDay).toBe(true);
    expect(config.memoryMb).toBe(2048);
    expect(config.prefix).toBe('articles/');
  });

  it.each([
    [{ sender: 'not an address' }, 'sender', 'plain email address'],
    [{ sender: undefined }, 'sender', 'is required'],
    [{ recipients: [] }, 'recipients', 'at least one'],
    [{ recipients: ['ok@example.com', 'bad'] }, 'recipients', 'plain email address'],
    [{ schedule: '0 7 * * *' }, 'schedule', 'cron('],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'IANA time zone'],
    [{ prefix: 'articles' }, 'prefix', 'end with "/"'],
    [{ prefix: '../x/' }, 'prefix', ''],
    [{ bucket: 'Bad_Bucket' }, 'bucket', 'valid S3 bucket name'],
    [{ prefix: 'sidecars/articles/' }, 'prefix', 'must not lie under'],
    [{ prefix: 'digests/in/' }, 'prefix', 'must not lie under'],
    [{ ingestMemoryMb: 64 }, 'ingestMemoryMb', ''],
    [{ ingest: 'maybe' }, 'ingest', ''],
    [{ window: 5000 }, 'window', ''],
    [{ logRetentionDays: 42 }, 'logRetentionDays', 'must be one of'],
    [{ sendEmptyDay: 'yes' }, 'sendEmptyDay', ''],
    [{ senderIdentity: 'other.org' }, 'senderIdentity', 'does not cover the sender digest@example.com'],
    [{ senderIdentity: 'someone@example.com' }, 'senderIdentity', 'does not cover'],
  ])('rejects %j naming the key', (overrides, key, text) => {
    let error: unknown;
    try {
      parse(overrides);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`context key "${key}"`);
    expect((error as Error).message).toContain(text);
  });

  it('accepts a parent domain of the sender as its identity', () => {
    expect(parse({ sender: 'news@mail.example.com', senderIdentity: 'example.com' }).senderIdentity).toBe('example.com');
  });

  it('reports every bad key at once', () => {
    expect(() => parse({ sender: 'x', timeZone: 'Nowhere/Land' })).toThrow(/"sender"[\s\S]*"timeZone"/);
  });

  it('fails the synth itself on a bad key', () => {
    expect(() => synth({ schedule: 'every day' }, { bundle: false })).toThrow(/context key "schedule"/);
  });

  it('leaves the ingest function out when ingest is off; the daily run then reads raw articles only', () => {
    const { template, violations, outdir } = synth({ ingest: 'false' }, { bundle: false });
    rmSync(outdir, { recursive: true, force: true });
    // No function may read or write sidecars (only the bucket's expiry rule for old ones names the prefix).
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).not.toContain('sidecars/');
    expect(JSON.stringify(template.findResources('AWS::Lambda::Function'))).not.toMatch(/ingest/i);
    template.resourceCountIs('Custom::S3BucketNotifications', 0);
    expect(violations).toEqual([]);
  }, 120_000);

  it('uses an existing bucket when one is named, creating none', () => {
    const { template, violations, outdir } = synth({ bucket: 'my-existing-articles', senderIdentity: undefined }, { bundle: false });
    rmSync(outdir, { recursive: true, force: true });
    template.resourceCountIs('AWS::S3::Bucket', 0);
    expect(JSON.stringify(template.toJSON())).toContain(':s3:::my-existing-articles/articles/*');
    // The notification is added to the bucket's own, not replacing them.
    template.hasResourceProperties('Custom::S3BucketNotifications', { BucketName: 'my-existing-articles', Managed: false });
    // The sender address is its own identity when no domain is given.
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'digest@example.com' });
    expect(violations).toEqual([]);
  });
});
