import { describe, expect, it } from 'vitest';
import { ParseBatches } from '../../../lambdas/parallel/parse-batches.js';
import type { RawFile, ReadResult } from '../../../lambdas/pipeline/model.js';

const file = (id: string): RawFile => ({ id, bytes: new Uint8Array([1]) });
const skipped = (id: string): ReadResult => ({ ok: false, skipped: { id, reason: `read ${id}` }, cause: 'unreadable' });

/** A sender that records each batch's ids and answers each file by its id (the order is the caller's). */
function recording(answer: (files: RawFile[]) => Promise<ReadResult[]> = async (files) => files.map((f) => skipped(f.id))) {
  const batches: string[][] = [];
  const send = (files: RawFile[]) => {
    batches.push(files.map((f) => f.id));
    return answer(files);
  };
  return { batches, send };
}

describe('parse batches', () => {
  it('sends a full batch at once and the rest on the next turn, each file answered with its own result', async () => {
    const r = recording();
    const batcher = new ParseBatches(r.send, 3);
    const results = ['a', 'b', 'c', 'd', 'e'].map((id) => batcher.parse(file(id)));
    // The first three left as the third arrived; the other two wait for the turn to end.
    expect(r.batches).toEqual([['a', 'b', 'c']]);
    const answered = await Promise.all(results);
    expect(r.batches).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(answered.map((x) => (x.ok ? '' : x.skipped.id))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('never holds a lone file back for company', async () => {
    const r = recording();
    const batcher = new ParseBatches(r.send, 32);
    const one = await batcher.parse(file('only'));
    expect(r.batches).toEqual([['only']]);
    expect(one.ok ? '' : one.skipped.id).toBe('only');
  });
  it('rejects every file of a batch that fails, and only those', async () => {
    const r = recording(async (files) => {
      if (files.some((f) => f.id === 'bad')) throw new Error('the thread died');
      return files.map((f) => skipped(f.id));
    });
    const batcher = new ParseBatches(r.send, 2);
    const first = [batcher.parse(file('x')), batcher.parse(file('bad'))];
    const second = batcher.parse(file('y'));
    await expect(first[0]).rejects.toThrow('the thread died');
    await expect(first[1]).rejects.toThrow('the thread died');
    expect((await second).ok).toBe(false);
  });
  it('rejects a batch answered with the wrong number of results instead of mixing files up', async () => {
    const batcher = new ParseBatches(async (files) => files.slice(1).map((f) => skipped(f.id)), 2);
    await expect(Promise.all([batcher.parse(file('a')), batcher.parse(file('b'))])).rejects.toThrow(/2 files came back with 1 results/);
  });
});
