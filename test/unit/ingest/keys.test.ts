import { describe, expect, it } from 'vitest';
import type { S3EventRecord } from 'aws-lambda';
import { decodeEventKey, recordTarget } from '../../../lambdas/ingest/keys.js';
import { articleKeyParts, sidecarKey } from '../../../lambdas/shared/bucket-layout.js';

/** A record shaped as S3 sends it: the key URL-encoded, form style. */
function record(key: string, eventName = 'ObjectCreated:Put', bucket = 'news'): S3EventRecord {
  return { eventName, s3: { bucket: { name: bucket }, object: { key, size: 10, eTag: 'abc' } } } as unknown as S3EventRecord;
}

const config = { bucket: 'news', articlesPrefix: 'articles/' };

describe('decodeEventKey', () => {
  it('turns + into a space and %2B into a plus, and decodes UTF-8 escapes', () => {
    expect(decodeEventKey('articles/2026-11-21/harbor+times/a%2Bb+c.txt')).toBe('articles/2026-11-21/harbor times/a+b c.txt');
    expect(decodeEventKey('articles/2026-11-21/caf%C3%A9/%E2%80%9Cq%E2%80%9D.json')).toBe('articles/2026-11-21/café/“q”.json');
    expect(decodeEventKey('a%25b')).toBe('a%b');
  });

  it('returns null for broken escapes instead of throwing', () => {
    expect(decodeEventKey('articles/2026-11-21/bad%E0%A4%A.txt')).toBeNull();
    expect(decodeEventKey('articles/%')).toBeNull();
  });
});

describe('articleKeyParts', () => {
  it('splits a key into its day prefix and the id the daily run gives it', () => {
    expect(articleKeyParts('articles/2026-11-21/wire/a.txt', 'articles/')).toEqual({ dayPrefix: 'articles/2026-11-21/', id: 'wire/a.txt' });
    expect(articleKeyParts('2026-11-21/a.txt', '')).toEqual({ dayPrefix: '2026-11-21/', id: 'a.txt' });
  });

  it('refuses keys outside a day folder, folder markers and sidecars, whatever the prefix', () => {
    expect(articleKeyParts('articles/misc/a.txt', 'articles/')).toBeNull();
    expect(articleKeyParts('articles/2026-11-21/', 'articles/')).toBeNull();
    expect(articleKeyParts('articles/2026-11-21/wire/', 'articles/')).toBeNull();
    expect(articleKeyParts('other/2026-11-21/a.txt', 'articles/')).toBeNull();
    expect(articleKeyParts(sidecarKey('articles/2026-11-21/a.txt'), 'articles/')).toBeNull();
    expect(articleKeyParts(sidecarKey('2026-11-21/a.txt'), '')).toBeNull();
    expect(articleKeyParts('digests/2026-11-21/digest.json', '')).toBeNull();
  });
});

describe('recordTarget', () => {
  it('handles an article created in a day folder, with the decoded key and its id', () => {
    expect(recordTarget(record('articles/2026-11-21/harbor+times/a%2B1.txt'), config)).toEqual({
      handle: true,
      bucket: 'news',
      key: 'articles/2026-11-21/harbor times/a+1.txt',
      id: 'harbor times/a+1.txt',
    });
    expect(recordTarget(record('articles/2026-11-21/a.txt', 'ObjectCreated:CompleteMultipartUpload'), config).handle).toBe(true);
  });

  it('ignores its own sidecars, other prefixes, other buckets, removals and broken keys', () => {
    const ignored = [
      record(sidecarKey('articles/2026-11-21/a.txt')),
      record('digests/2026-11-21/digest.json'),
      record('articles/notes.txt'),
      record('articles/2026-11-21/a.txt', 'ObjectRemoved:Delete'),
      record('articles/2026-11-21/a.txt', 'ObjectCreated:Put', 'someone-else'),
      record('articles/2026-11-21/%E0%A4%A.txt'),
    ];
    for (const r of ignored) expect(recordTarget(r, config).handle).toBe(false);
  });
});
