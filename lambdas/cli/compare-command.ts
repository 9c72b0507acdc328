/**
 * `npm run digest -- compare --pairs FILE`: the statement-merging decision on pairs an operator supplies,
 * so anyone can see why two statements merged or did not. One output line per input line, in order; a line
 * that is not a valid pair yields {"error": ...} in its place and makes the command exit 1 at the end.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { compareStatements } from '../pipeline/statements/similarity.js';

const Pair = z.object({ s1: z.string(), s2: z.string() });

export async function runCompareCommand(o: { pairs: string; out?: string }): Promise<number> {
  const input = o.pairs === '-' ? process.stdin : createReadStream(o.pairs, 'utf8');
  const output = o.out ? createWriteStream(o.out) : process.stdout;
  let errors = 0;
  let lineNo = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      output.write(JSON.stringify(compareLine(line, lineNo)) + '\n');
    }
  } catch (err) {
    throw new Error(`cannot read ${o.pairs}: ${(err as Error).message}`);
  }
  function compareLine(line: string, n: number) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      errors++;
      return { error: `line ${n}: not valid JSON` };
    }
    const pair = Pair.safeParse(parsed);
    if (!pair.success) {
      errors++;
      return { error: `line ${n}: expected {"s1": string, "s2": string}` };
    }
    const { duplicate, score } = compareStatements(pair.data.s1, pair.data.s2);
    return { duplicate, score: Math.round(score * 1e4) / 1e4 };
  }
  if (output !== process.stdout) await new Promise<void>((resolve) => (output as NodeJS.WritableStream).end(resolve));
  if (errors) process.stderr.write(`digest compare: ${errors} line(s) were not valid pairs\n`);
  return errors ? 1 : 0;
}
