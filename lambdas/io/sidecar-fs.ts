/**
 * Sidecars in a local folder beside the day's folder (never inside it: the day's listing would read them as
 * articles): `<sidecars>/<article id>.json`. The bench writes them with writeFsSidecar and reads the day with them.
 * A file has no ETag; its size and modification time stand in for one.
 */
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { SourceEntry } from './ports.js';
import type { SidecarStore } from './sidecar-store.js';
import { encodeSidecar, makeSidecar, type ObjectVersion } from './sidecar-format.js';
import { readArticle, tooLargeResult } from '../pipeline/articles/index.js';
import { unsafeIdReason } from './fs-source.js';

export function fileVersion(id: string, stat: Stats): ObjectVersion {
  return { key: id, etag: `${stat.size}-${stat.mtimeMs}`, size: stat.size };
}

function pathOf(root: string, id: string): string {
  const reason = unsafeIdReason(id);
  if (reason !== null) throw new Error(`cannot use id "${id}": ${reason}`);
  return path.join(root, ...id.split('/'));
}

export class FsSidecarStore implements SidecarStore {
  /** `articlesRoot`: the day's folder (as FsArticleSource reads it); `sidecarsRoot`: where the sidecars are. */
  constructor(private readonly articlesRoot: string, private readonly sidecarsRoot: string) {}

  async get(entry: SourceEntry): Promise<{ bytes: Uint8Array; current: ObjectVersion } | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(`${pathOf(this.sidecarsRoot, entry.id)}.json`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    return { bytes, current: fileVersion(entry.id, await fs.stat(pathOf(this.articlesRoot, entry.id))) };
  }
}

/** The ingest step for a local file: read it as the daily run would and write its sidecar. */
export async function writeFsSidecar(articlesRoot: string, sidecarsRoot: string, id: string, maxBytes: number): Promise<void> {
  const file = pathOf(articlesRoot, id);
  const stat = await fs.stat(file);
  const result =
    stat.size > maxBytes
      ? tooLargeResult(id, stat.size, maxBytes)
      : readArticle({ id, bytes: new Uint8Array(await fs.readFile(file)) });
  const target = `${pathOf(sidecarsRoot, id)}.json`;
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, encodeSidecar(makeSidecar(fileVersion(id, stat), maxBytes, result)));
}
