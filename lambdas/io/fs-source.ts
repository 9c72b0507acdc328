/**
 * ArticleSource over a local folder (the CLI's input). Ids are paths relative to the root with '/'
 * separators, listed recursively in code-unit order so every run sees the same order. Nothing
 * outside the root is ever read: symlinks that lead out are skipped, and ids with '..' or an
 * absolute path are refused.
 *
 * The file system calls are synchronous on purpose: each promise-based call is a round trip through libuv's thread
 * pool, and reading one small article that way (realpath, stat, open, fstat, read, close) cost about 0.4 ms of CPU
 * against 0.02 ms synchronously (measured on 3,000 generated articles: 1.0 s against 0.06 s). The articles are
 * small local files in the page cache, so a synchronous read blocks the CLI's event loop for microseconds; the
 * parsing the loop hands to worker threads is unaffected.
 */
import * as fs from 'node:fs';
import path from 'node:path';
import type { ArticleSource, SourceEntry } from './ports.js';

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

function realpathOrNull(p: string): string | null {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return null;
  }
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
    const realRoot = fs.realpathSync.native(this.root);
    const entries: SourceEntry[] = [];
    // Real paths of the folders already walked: a symlink loop inside the root is walked once.
    const seen = new Set<string>();
    const walk = (dir: string, prefix: string): void => {
      const realDir = fs.realpathSync.native(dir);
      if (seen.has(realDir)) return;
      seen.add(realDir);
      const names = fs.readdirSync(dir).sort(byCodeUnits);
      for (const name of names) {
        const full = path.join(dir, name);
        const id = prefix === '' ? name : `${prefix}/${name}`;
        const link = fs.lstatSync(full);
        let stat = link;
        if (link.isSymbolicLink()) {
          const target = realpathOrNull(full);
          if (target === null || !isInside(realRoot, target)) continue; // dangling, or leads out of the root
          stat = fs.statSync(target);
        }
        if (stat.isDirectory()) walk(full, id);
        else if (stat.isFile()) entries.push({ id, size: stat.size });
      }
    };
    walk(this.root, '');
    entries.sort((a, b) => byCodeUnits(a.id, b.id));
    yield* entries;
  }

  async read(id: string): Promise<Uint8Array> {
    const reason = unsafeIdReason(id);
    if (reason !== null) throw new Error(`cannot read "${id}": ${reason}`);
    const realRoot = fs.realpathSync.native(this.root);
    const full = path.join(this.root, ...id.split('/'));
    const target = realpathOrNull(full);
    if (target === null) throw new Error(`cannot read "${id}": no such file`);
    if (!isInside(realRoot, target)) throw new Error(`cannot read "${id}": it leads outside the source folder`);
    const stat = fs.statSync(target);
    if (!stat.isFile()) throw new Error(`cannot read "${id}": not a file`);
    return new Uint8Array(fs.readFileSync(target));
  }
}
