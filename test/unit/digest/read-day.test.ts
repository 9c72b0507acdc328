import { describe, expect, it } from 'vitest';
import { readDay } from '../../../lambdas/digest/read-day.js';
import type { ArticleSource, SourceEntry } from '../../../lambdas/io/ports.js';
import { mapLimit } from '../../../lambdas/io/concurrency.js';

/** An in-memory ArticleSource: the filesystem and S3 adapters have their own tests; here only readDay's accounting. */
function memorySource(files: Record<string, string | Error>, sizes: Record<string, number> = {}): ArticleSource {
  return {
    async *list() {
      for (const id of Object.keys(files)) yield { id, size: sizes[id] } as SourceEntry;
    },
    async read(id) {
      const f = files[id];
      if (f instanceof Error) throw f;
      if (f === undefined) throw new Error(`no such file ${id}`);
      return new TextEncoder().encode(f);
    },
  };
}

const BODY =
  'The city council approved the new harbour budget on Tuesday after a long debate.\n' +
  'Council members said the plan would protect jobs at the port for a decade.';

describe('readDay', () => {
  it('accounts for every listed file: an article or a skip with a reason', async () => {
    const day = await readDay(
      memorySource({
        'b/one.txt': BODY,
        'a/two.json': JSON.stringify({ title: 'Budget passes', text: BODY, source: 'Ledger' }),
        'c/broken.json': '{"title": ',
        'c/fails.txt': new Error('connection reset'),
        'd/huge.txt': BODY,
        'e/photo.jpg': 'xx',
      }, { 'd/huge.txt': 10_000_000 }),
      { maxBytes: 1_000_000 },
    );
    const ids = [...day.articles.map((a) => a.id), ...day.skipped.map((s) => s.id)].sort();
    expect(ids).toEqual(['a/two.json', 'b/one.txt', 'c/broken.json', 'c/fails.txt', 'd/huge.txt', 'e/photo.jpg']);
    expect(day.articles.map((a) => a.id)).toEqual(['a/two.json', 'b/one.txt']);
    const reasons = Object.fromEntries(day.skipped.map((s) => [s.id, s.reason]));
    expect(reasons['c/fails.txt']).toMatch(/could not be read: connection reset/);
    expect(reasons['d/huge.txt']).toMatch(/too large/);
    expect(reasons['c/broken.json']).toBeTruthy();
    expect(reasons['e/photo.jpg']).toBeTruthy();
    // The cause is counted where the skip is decided, not read back from the reason's words.
    expect(day.skippedByCause).toEqual({ unreadable: 1, 'too-large': 1, refused: 2 });
    // digest.json's entries stay { id, reason }.
    expect(day.skipped.every((s) => Object.keys(s).join() === 'id,reason')).toBe(true);
  });

  it('counts a read failure as unreadable whatever its message says', async () => {
    const day = await readDay(memorySource({ 'a.txt': new Error('file too large: the disk said so'), 'b.txt': BODY }), { maxBytes: 20 });
    expect(day.skippedByCause).toEqual({ unreadable: 1, 'too-large': 1, refused: 0 });
  });

  it('checks the size of what was read when the listing gave none', async () => {
    const day = await readDay(memorySource({ 'x.txt': BODY }), { maxBytes: 20 });
    expect(day.articles).toEqual([]);
    expect(day.skipped[0]?.reason).toMatch(/too large/);
  });

  it('reports progress once per file', async () => {
    const seen: number[] = [];
    await readDay(memorySource({ 'a.txt': BODY, 'b.txt': BODY, 'c.txt': BODY }), {
      onProgress: (done, total) => {
        expect(total).toBe(3);
        seen.push(done);
      },
    });
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('mapLimit', () => {
  it('keeps input order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, n));
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });

  it('handles an empty list', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});
