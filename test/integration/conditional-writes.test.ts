/**
 * At-most-once sending rests on S3 conditional writes (If-None-Match: *). s3rver ignores that header, so the
 * race it protects against (two invocations both past the HEAD check) cannot be reproduced on the emulator:
 * these tests use a stubbed S3 client that answers the way S3 does (412 PreconditionFailed, 409
 * ConditionalRequestConflict) and check what the code sends and how it reads the answers.
 */
import { describe, expect, it } from 'vitest';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { SentMarkers } from '../../lambdas/digest/sent-markers.js';
import { loadOrCreateSigningKey } from '../../lambdas/shared/signing-key.js';

function s3Error(name: string, status: number) {
  return new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: name });
}

/** A fake S3: answers each command type with the given behaviour and records what it was sent. */
function stubClient(behaviour: Partial<Record<string, (input: Record<string, unknown>) => unknown>>) {
  const calls: { command: string; input: Record<string, unknown> }[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name;
      calls.push({ command: name, input: command.input });
      const fn = behaviour[name];
      if (!fn) throw new Error(`unexpected ${name}`);
      return fn(command.input);
    },
  };
  return { client: client as never, calls };
}

const notFound = () => {
  throw s3Error('NotFound', 404);
};

describe('SentMarkers conditional claim', () => {
  it('claims with If-None-Match: * when the marker does not exist', async () => {
    const { client, calls } = stubClient({ HeadObjectCommand: notFound, PutObjectCommand: () => ({}) });
    const result = await new SentMarkers(client, 'b').claim('2024-01-02', 'a@example.com', { force: false, at: 't' });
    expect(result).toBe('claimed');
    const put = calls.find((c) => c.command === PutObjectCommand.name)!;
    expect(put.input.IfNoneMatch).toBe('*');
    expect(put.input.Key).toMatch(/^state\/sent\/2024-01-02\/[0-9a-f]{40}\.json$/);
  });

  it('treats 412 PreconditionFailed (another invocation wrote the marker after our HEAD) as already sent', async () => {
    const { client } = stubClient({
      HeadObjectCommand: notFound,
      PutObjectCommand: () => {
        throw s3Error('PreconditionFailed', 412);
      },
    });
    expect(await new SentMarkers(client, 'b').claim('2024-01-02', 'a@example.com', { force: false, at: 't' })).toBe('already-sent');
  });

  it('treats 409 ConditionalRequestConflict (a concurrent conditional write) as already sent', async () => {
    const { client } = stubClient({
      HeadObjectCommand: notFound,
      PutObjectCommand: () => {
        throw s3Error('ConditionalRequestConflict', 409);
      },
    });
    expect(await new SentMarkers(client, 'b').claim('2024-01-02', 'a@example.com', { force: false, at: 't' })).toBe('already-sent');
  });

  it('does not swallow other errors', async () => {
    const { client } = stubClient({
      HeadObjectCommand: notFound,
      PutObjectCommand: () => {
        throw s3Error('AccessDenied', 403);
      },
    });
    await expect(new SentMarkers(client, 'b').claim('2024-01-02', 'a@example.com', { force: false, at: 't' })).rejects.toThrow('AccessDenied');
  });

  it('skips the HEAD and the condition when forced', async () => {
    const { client, calls } = stubClient({ PutObjectCommand: () => ({}) });
    expect(await new SentMarkers(client, 'b').claim('2024-01-02', 'a@example.com', { force: true, at: 't' })).toBe('claimed');
    expect(calls.map((c) => c.command)).toEqual([PutObjectCommand.name]);
    expect(calls[0]!.input.IfNoneMatch).toBeUndefined();
  });

  it('an existing marker answers from the HEAD without writing', async () => {
    const { client, calls } = stubClient({ HeadObjectCommand: () => ({}) });
    expect(await new SentMarkers(client, 'b').claim('2024-01-02', 'a@example.com', { force: false, at: 't' })).toBe('already-sent');
    expect(calls.map((c) => c.command)).toEqual([HeadObjectCommand.name]);
  });

  it('release deletes the marker', async () => {
    const { client, calls } = stubClient({ DeleteObjectCommand: () => ({}) });
    await new SentMarkers(client, 'b').release('2024-01-02', 'a@example.com');
    expect(calls[0]!.command).toBe(DeleteObjectCommand.name);
  });
});

describe('signing key creation race', () => {
  it('losing the conditional create (412) reads back the winner\'s key', async () => {
    const winner = Buffer.alloc(32, 7).toString('base64');
    let gets = 0;
    const { client, calls } = stubClient({
      GetObjectCommand: () => {
        gets++;
        if (gets === 1) throw s3Error('NoSuchKey', 404);
        return { Body: { transformToString: async () => winner } };
      },
      PutObjectCommand: () => {
        throw s3Error('PreconditionFailed', 412);
      },
    });
    const key = await loadOrCreateSigningKey(client, 'b');
    expect(Buffer.from(key).equals(Buffer.alloc(32, 7))).toBe(true);
    expect(calls.find((c) => c.command === PutObjectCommand.name)!.input.IfNoneMatch).toBe('*');
  });
});
