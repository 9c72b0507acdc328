/**
 * ArticleSource over a local folder (the CLI's input). Ids are paths relative to the root with '/'
 * separators, listed recursively in code-unit order so every run sees the same order. Nothing
 * outside the root is ever read: symlinks that lead out are listed as refused (never read), and ids with '..' or an
 * absolute path are refused. Whatever else the folder holds that is no article (a FIFO, a device, a folder that
 * cannot be opened, a second name of a listed file) is listed as refused with its reason: nothing vanishes.
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
import type { SkipCause } from '../pipeline/model.js';

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

/** A listing entry with the real path of a listed file (to read a file with two names once). */
type Listed = SourceEntry & { real?: string };

function refused(id: string, reason: string, cause: SkipCause): Listed {
  return { id, refused: { reason, cause } };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

function fileKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * A file listed under two names (a link inside the root to another listed file) is read once: under its own name
 * when that is listed, else under its first name; every other name is refused, naming the one that is read.
 */
function readOnce(entries: readonly Listed[], realRoot: string): SourceEntry[] {
  const byReal = new Map<string, Listed[]>();
  for (const e of entries) {
    if (e.real === undefined) continue;
    const names = byReal.get(e.real);
    if (names) names.push(e);
    else byReal.set(e.real, [e]);
  }
  const chosen = new Map<string, string>();
  for (const [real, names] of byReal) {
    const own = path.relative(realRoot, real).split(path.sep).join('/');
    const first = [...names].sort((a, b) => byCodeUnits(a.id, b.id))[0]!;
    chosen.set(real, names.find((e) => e.id === own)?.id ?? first.id);
  }
  return entries.map(({ real, ...e }) => {
    const read = real === undefined ? e.id : chosen.get(real)!;
    return read === e.id ? e : refused(e.id, `another name of "${read}", which is read once under that name`, 'refused');
  });
}

/**
 * What one name in a folder is: a folder to walk, a file to list (with its real path: `real` unless it is a link),
 * or a refused entry.
 */
function examine(full: string, id: string, realRoot: string, real: string): { kind: 'dir'; path: string } | { kind: 'entry'; entry: Listed } {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(full);
    if (stat.isSymbolicLink()) {
      const target = realpathOrNull(full);
      if (target === null) return { kind: 'entry', entry: refused(id, 'a link to nothing (its target does not exist)', 'refused') };
      if (!isInside(realRoot, target)) return { kind: 'entry', entry: refused(id, 'a link that leads outside the source folder', 'refused') };
      stat = fs.statSync(target);
      real = target;
    }
  } catch (error) {
    return { kind: 'entry', entry: refused(id, `could not be examined (${errorCode(error)})`, 'unreadable') };
  }
  if (stat.isDirectory()) return { kind: 'dir', path: full };
  if (stat.isFile()) return { kind: 'entry', entry: { id, size: stat.size, real } };
  return { kind: 'entry', entry: refused(id, `not a regular file (${fileKind(stat)})`, 'refused') };
}

export class FsArticleSource implements ArticleSource {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /**
   * Every regular file under the root, and every other thing found there as a refused entry with its reason (a
   * FIFO or device, a link out of the root or to nothing, a folder that cannot be opened, a second name of a file
   * already listed), so the day accounts for all of it. Only the root itself failing to open is an error.
   */
  async *list(): AsyncIterable<SourceEntry> {
    const realRoot = fs.realpathSync.native(this.root);
    const entries: Listed[] = [];
    // Real paths of the folders already walked: a symlink loop inside the root is walked once.
    const seen = new Set<string>();
    const walk = (dir: string, prefix: string): void => {
      const realDir = fs.realpathSync.native(dir);
      if (seen.has(realDir)) return;
      seen.add(realDir);
      let names: string[];
      try {
        names = fs.readdirSync(dir).sort(byCodeUnits);
      } catch (error) {
        if (prefix === '') throw error;
        entries.push(refused(prefix, `a folder that could not be read (${errorCode(error)})`, 'unreadable'));
        return;
      }
      for (const name of names) {
        const id = prefix === '' ? name : `${prefix}/${name}`;
        const found = examine(path.join(dir, name), id, realRoot, path.join(realDir, name));
        if (found.kind === 'dir') walk(found.path, id);
        else entries.push(found.entry);
      }
    };
    walk(this.root, '');
    yield* readOnce(entries, realRoot).sort((a, b) => byCodeUnits(a.id, b.id));
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
