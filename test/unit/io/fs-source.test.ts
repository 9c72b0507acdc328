import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsArticleSource } from '../../../lambdas/io/fs-source.js';
import type { SourceEntry } from '../../../lambdas/io/ports.js';

let base: string;
let root: string;

async function listAll(source: FsArticleSource): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for await (const entry of source.list()) out.push(entry);
  return out;
}

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'fs-source-'));
  root = path.join(base, 'day');
  mkdirSync(path.join(root, 'wire', 'late'), { recursive: true });
  mkdirSync(path.join(root, 'Zeta'));
  writeFileSync(path.join(root, 'b.txt'), 'bee');
  writeFileSync(path.join(root, 'a.json'), '{}');
  writeFileSync(path.join(root, 'Zeta', 'z.html'), '<p>z</p>');
  writeFileSync(path.join(root, 'wire', 'one.txt'), 'one!');
  writeFileSync(path.join(root, 'wire', 'late', 'two.txt'), 'two');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the root');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
  symlinkSync(base, path.join(root, 'escape-dir'));
  symlinkSync(path.join(root, 'b.txt'), path.join(root, 'inside-link.txt'));
  symlinkSync(root, path.join(root, 'wire', 'loop'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('FsArticleSource', () => {
  it('lists every file recursively, sorted, with /-separated ids and sizes', async () => {
    const entries = await listAll(new FsArticleSource(root));
    expect(entries).toEqual([
      { id: 'Zeta/z.html', size: 8 },
      { id: 'a.json', size: 2 },
      { id: 'b.txt', size: 3 },
      { id: 'escape-dir', refused: { reason: 'a link that leads outside the source folder', cause: 'refused' } },
      { id: 'escape.txt', refused: { reason: 'a link that leads outside the source folder', cause: 'refused' } },
      // A second name of b.txt: read once, under its own name.
      { id: 'inside-link.txt', refused: { reason: 'another name of "b.txt", which is read once under that name', cause: 'refused' } },
      { id: 'wire/late/two.txt', size: 3 },
      { id: 'wire/one.txt', size: 4 },
    ]);
  });

  it('gives the same order on every listing', async () => {
    const source = new FsArticleSource(root);
    expect(await listAll(source)).toEqual(await listAll(source));
  });

  it('reads listed files', async () => {
    const source = new FsArticleSource(root);
    expect(new TextDecoder().decode(await source.read('wire/late/two.txt'))).toBe('two');
    expect(new TextDecoder().decode(await source.read('inside-link.txt'))).toBe('bee');
  });

  it('refuses ids with .., absolute paths, and symlinks out of the root', async () => {
    const source = new FsArticleSource(root);
    await expect(source.read('../secret.txt')).rejects.toThrow(/'\.\.' is not allowed/);
    await expect(source.read('wire/../../secret.txt')).rejects.toThrow(/'\.\.' is not allowed/);
    await expect(source.read(path.join(base, 'secret.txt'))).rejects.toThrow(/absolute paths are not allowed/);
    await expect(source.read('escape.txt')).rejects.toThrow(/outside the source folder/);
    await expect(source.read('escape-dir/secret.txt')).rejects.toThrow(/outside the source folder/);
    await expect(source.read('missing.txt')).rejects.toThrow(/no such file/);
    await expect(source.read('wire')).rejects.toThrow(/not a file/);
  });
});
