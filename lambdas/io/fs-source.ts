/**
 * ArticleSource over a local folder (the CLI's input). Ids are paths relative to the root with '/'
 * separators, listed recursively in code-unit order so every run sees the same order. Nothing
 * outside the root is ever read: symlinks that lead out are skipped, and ids with '..' or an
 * absolute path are refused.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleSource, SourceEntry } from './ports.js';

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** Why an id is refused, or null when it is a plain relative path. */
export function unsafeIdReason(id: string): string | null {
  if (id === '') return 'empty id';
  if (id.includes('\0')) return 'id contains a NUL character';
  if (id.startsWith('/') || id.startsWith('\\') || /^[A-Za-z]:/.test(id) || path.isAbsolute(id)) return 'absolute paths are not allowed';
  if (id.split(/[\\/]/).some((part) => part === '..')) return "'..' is not allowed in an id";
  return null;
}

export class FsArticleSource implements ArticleSource {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async *list(): AsyncIterable<SourceEntry> {
    const realRoot = await fs.realpath(this.root);
    const entries: SourceEntry[] = [];
    // Real paths of the folders already walked: a symlink loop inside the root is walked once.
    const seen = new Set<string>();
    const walk = async (dir: string, prefix: string): Promise<void> => {
      const realDir = await fs.realpath(dir);
      if (seen.has(realDir)) return;
      seen.add(realDir);
      const names = (await fs.readdir(dir)).sort(byCodeUnits);
      for (const name of names) {
        const full = path.join(dir, name);
        const id = prefix === '' ? name : `${prefix}/${name}`;
        const link = await fs.lstat(full);
        let stat = link;
        if (link.isSymbolicLink()) {
          const target = await fs.realpath(full).catch(() => null);
          if (target === null || !isInside(realRoot, target)) continue; // dangling, or leads out of the root
          stat = await fs.stat(target);
        }
        if (stat.isDirectory()) await walk(full, id);
        else if (stat.isFile()) entries.push({ id, size: stat.size });
      }
    };
    await walk(this.root, '');
    entries.sort((a, b) => byCodeUnits(a.id, b.id));
    yield* entries;
  }

  async read(id: string): Promise<Uint8Array> {
    const reason = unsafeIdReason(id);
    if (reason !== null) throw new Error(`cannot read "${id}": ${reason}`);
    const realRoot = await fs.realpath(this.root);
    const full = path.join(this.root, ...id.split('/'));
    let target: string;
    try {
      target = await fs.realpath(full);
    } catch {
      throw new Error(`cannot read "${id}": no such file`);
    }
    if (!isInside(realRoot, target)) throw new Error(`cannot read "${id}": it leads outside the source folder`);
    const stat = await fs.stat(target);
    if (!stat.isFile()) throw new Error(`cannot read "${id}": not a file`);
    return new Uint8Array(await fs.readFile(target));
  }
}
