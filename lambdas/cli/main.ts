/**
 * The local command line: `npm run digest [-- options]` and `npm run digest -- compare --pairs FILE`.
 * It runs the same runDigest() the Lambda runs, with the filesystem in place of S3 and SES.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDigestCommand } from './digest-command.js';
import { runCompareCommand } from './compare-command.js';
import { MAX_DEFAULT_WORKERS } from '../parallel/digest-pool.js';
import { MIN_FILES_FOR_WORKERS } from './digest-command.js';

const USAGE = `Usage:
  npm run digest [-- --articles DIR] [--out DIR] [--date YYYY-MM-DD] [--from ADDR] [--to ADDR]
                 [--previous FILE] [--workers N]
      Reads every article under DIR (default: samples/) and writes OUT/digest.json, digest.html,
      digest.txt, digest.eml and continuity.json (default OUT: out/). The date defaults to the day most
      articles give as their publication date, else yesterday (local time). With --previous FILE (an earlier
      digest.json, read through the continuity.json beside it when there is one, or that continuity.json),
      stories that continue one of its stories are marked and lead with what is new. --workers N: worker
      threads that parse files and build stories (default: the available cores, at most ${MAX_DEFAULT_WORKERS}, for a
      folder of ${MIN_FILES_FOR_WORKERS} files or more; 1 runs everything in one thread); the digest is the same whatever N.
  npm run digest -- compare --pairs FILE [--out FILE]
      Reads JSONL lines {"s1": ..., "s2": ...} and writes one JSONL line {"duplicate", "score"} per pair,
      in order: the decision the pipeline uses to merge two statements.
`;

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === 'compare') return await runCompareCommand(parseCompareArgs(rest));
    if (first === 'help' || argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(USAGE);
      return 0;
    }
    return await runDigestCommand(parseDigestArgs(argv));
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`digest: ${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`digest: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

class UsageError extends Error {}

function parseDigestArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      previous: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const date = values.date;
  if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--date must be a calendar date YYYY-MM-DD, got "${date}"`);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!/^\d+$/.test(values.workers ?? '') || !Number.isInteger(workers) || workers < 1 || workers > 64)) {
    throw new UsageError(`--workers must be a whole number from 1 to 64, got "${values.workers}"`);
  }
  return {
    articles: path.resolve(values.articles ?? 'samples'),
    out: path.resolve(values.out ?? 'out'),
    date,
    fallbackDate: yesterday(),
    from: values.from ?? 'News Digest <digest@example.com>',
    to: values.to ?? 'reader@example.com',
    ...(values.previous !== undefined ? { previous: path.resolve(values.previous) } : {}),
    ...(workers !== undefined ? { workers } : {}),
  };
}

function parseCompareArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { pairs: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (!values.pairs) throw new UsageError('compare needs --pairs FILE (JSONL lines {"s1": ..., "s2": ...})');
  return { pairs: values.pairs, out: values.out };
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function yesterday(): string {
  const d = new Date();
  d.setDate(d.getDate() - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// Run when executed directly (tsx lambdas/cli/main.ts), not when imported by tests.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
