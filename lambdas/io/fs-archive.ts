/** The local Archive: files written into one output folder (created when missing). */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from './ports.js';

/** A file given as its chunks, in order (io/chunked-json.ts): written one by one, never joined. */
export type ArchiveChunks = Iterable<Uint8Array>;

export class FsArchive implements Archive {
  constructor(private readonly dir: string) {}

  async put(name: string, body: string | Uint8Array | ArchiveChunks, _contentType?: string): Promise<string> {
    // Names come from our own code, never from article text; still refuse anything that leaves the folder.
    if (name.includes('/') || name.includes('\\') || name.startsWith('.')) throw new Error(`bad archive name: ${name}`);
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, name);
    if (typeof body === 'string' || body instanceof Uint8Array) {
      await writeFile(file, body);
      return file;
    }
    // Pulled chunk by chunk: the generator serialises the next part only when the previous one is written, so
    // the file is never in memory whole.
    const handle = await open(file, 'w');
    try {
      for (const chunk of body) await handle.write(chunk);
    } finally {
      await handle.close();
    }
    return file;
  }
}
