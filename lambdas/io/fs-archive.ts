/** The local Archive: files written into one output folder (created when missing). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Archive, ArchiveChunks } from './ports.js';

export class FsArchive implements Archive {
  constructor(private readonly dir: string) {}

  async put(name: string, body: string | Uint8Array | ArchiveChunks, _contentType?: string): Promise<string> {
    // Names come from our own code, never from article text; still refuse anything that leaves the folder.
    if (name.includes('/') || name.includes('\\') || name.startsWith('.')) throw new Error(`bad archive name: ${name}`);
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, name);
    // Chunks are pulled one by one (writeFile takes an iterable and handles short writes): the generator serialises
    // the next part only when the previous one is written, so the file is never in memory whole.
    await writeFile(file, body);
    return file;
  }
}
