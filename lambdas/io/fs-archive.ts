/** The local Archive: files written into one output folder (created when missing). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from './ports.js';

export class FsArchive implements Archive {
  constructor(private readonly dir: string) {}

  async put(name: string, body: string | Uint8Array, _contentType?: string): Promise<string> {
    // Names come from our own code, never from article text; still refuse anything that leaves the folder.
    if (name.includes('/') || name.includes('\\') || name.startsWith('.')) throw new Error(`bad archive name: ${name}`);
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, name);
    await writeFile(file, body);
    return file;
  }
}
