/**
 * Sidecars are only as good as the reader that wrote them: when readArticle or sentencesOf change their output,
 * SIDECAR_VERSION must go up so older sidecars are ignored. This pins what both produce on the sample day (the
 * 20 files of samples/: every format, boilerplate, two skips; and the readers' fixtures, a headline-only flash and a
 * one-line brief, a wire item whose title is its text, a text with Latin-1 round-tripped quotes a brief page whose title is a date, a quotation in typewriter marks, pages in Shift_JIS and KOI8-R that declare it, KOI8-R, windows-1251 and Shift_JIS texts and a windows-1252 French text among them). When it fails (or samples/ changed), bump
 * SIDECAR_VERSION in lambdas/io/sidecar-format.ts and update PINNED.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { FsArticleSource } from '../../../lambdas/io/fs-source.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';
import { makeSidecar, SIDECAR_VERSION } from '../../../lambdas/io/sidecar-format.js';

const ROOTS = ['../../../samples', '../../fixtures/articles'].map((p) => path.resolve(import.meta.dirname, p));

const PINNED = { version: 6, readerOutput: '92be86be1e556d5e' };

describe('sidecar version', () => {
  it('changes whenever what the reader and the sentence splitter produce changes', async () => {
    const hash = createHash('sha256');
    for (const root of ROOTS) {
      const source = new FsArticleSource(root);
      for await (const entry of source.list()) {
        const result = readArticle({ id: entry.id, bytes: await source.read(entry.id) });
        const { article, sentences, reason } = makeSidecar({ key: entry.id, etag: 'e', size: 0 }, 1, result) as Record<string, unknown>;
        hash.update(JSON.stringify({ article, sentences, reason }) + '\n');
      }
    }
    const readerOutput = hash.digest('hex').slice(0, 16);
    expect({ version: SIDECAR_VERSION, readerOutput }, 'reader output changed: bump SIDECAR_VERSION and update PINNED').toEqual(
      readerOutput === PINNED.readerOutput ? PINNED : { version: PINNED.version + 1, readerOutput },
    );
  });
});
