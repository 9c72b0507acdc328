/**
 * `npm run digest -- compare --pairs FILE`: the statement-merging decision on pairs an operator supplies,
 * so anyone can see why two statements merged or did not. One output line per input line, in order; a line
 * that is not a valid pair yields {"error": ...} in its place and makes the command exit 1 at the end.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import * as z from 'zod';
import { StatementComparer } from '../pipeline/paraphrase/index.js';

const Pair = z.object({ s1: z.string(), s2: z.string() });

export type CompareLine = { duplicate: boolean; score: number } | { error: string };

/** The answer for one input line (1-based line number, for the error message), by `comparer`. */
export function compareLine(line: string, lineNo: number, comparer: StatementComparer): CompareLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { error: `line ${lineNo}: not valid JSON` };
  }
  const pair = Pair.safeParse(parsed);
  if (!pair.success) return { error: `line ${lineNo}: expected {"s1": string, "s2": string}` };
  const { duplicate, score } = comparer.compare(pair.data.s1, pair.data.s2);
  return { duplicate, score: Math.round(score * 1e4) / 1e4 };
}

export async function runCompareCommand(o: { pairs: string; out?: string }): Promise<number> {
  const input = o.pairs === '-' ? process.stdin : createReadStream(o.pairs, 'utf8');
  const output: Writable = o.out ? createWriteStream(o.out) : process.stdout;
  const comparer = new StatementComparer();
  let errors = 0;
  let lineNo = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      const result = compareLine(line, lineNo, comparer);
      if ('error' in result) errors++;
      if (!output.write(JSON.stringify(result) + '\n')) await once(output, 'drain');
    }
  } catch (err) {
    throw new Error(`cannot read ${o.pairs}: ${(err as Error).message}`);
  }
  if (output !== process.stdout) {
    output.end();
    await once(output, 'finish');
  }
  if (errors) process.stderr.write(`digest compare: ${errors} line(s) were not valid pairs\n`);
  return errors ? 1 : 0;
}
