/**
 * `npm run eval`: quality figures over ../shared/corpora, each against its floor. Exits 1 when any figure is
 * below its floor or any reader check of the seeds fails, 2 when the corpora are missing.
 * Everything runs through the same code the CLI runs. Floors only go up.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { EvalCheck, EvalRow, EvalSection } from './types.js';
import { evaluateEcbPlus } from './ecbplus.js';
import { evaluateMsrp } from './msrp.js';
import { evaluateSts } from './sts.js';
import { evaluatePolnear } from './polnear.js';
import { evaluateSeeds } from './seeds.js';
import { evaluateWikinews } from './wikinews.js';
import { evaluateNewsroom } from './newsroom.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SECTIONS: Record<string, (dir: string) => Promise<EvalSection>> = {
  seeds: evaluateSeeds,
  ecbplus: evaluateEcbPlus,
  msrp: evaluateMsrp,
  sts: evaluateSts,
  polnear: evaluatePolnear,
  wikinews: (dir) => evaluateWikinews(dir),
  newsroom: evaluateNewsroom,
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const dir = path.resolve(values.corpora ?? process.env.NEWS_DIGEST_CORPORA ?? path.join(root, '..', 'shared', 'corpora'));
  if (!existsSync(path.join(dir, 'README.md'))) {
    process.stderr.write(
      `eval: no corpora at ${dir}\n` +
        `The evaluation data lives beside the project at ../shared/corpora (or give --corpora DIR, or set NEWS_DIGEST_CORPORA).\n` +
        `npm test does not need it; npm run eval does.\n`,
    );
    return 2;
  }
  const names = values.only ? values.only.split(',') : Object.keys(SECTIONS);
  const rows: EvalRow[] = [];
  const checks: EvalCheck[] = [];
  for (const name of names) {
    const evaluate = SECTIONS[name];
    if (!evaluate) throw new Error(`unknown section ${name}; known: ${Object.keys(SECTIONS).join(', ')}`);
    const started = performance.now();
    const section = await evaluate(dir);
    rows.push(...section.rows);
    checks.push(...(section.checks ?? []));
    process.stderr.write(`eval: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }

  printTable(rows);
  if (checks.length) printChecks(checks);

  const failedRows = rows.filter((r) => r.floor !== undefined && r.value < r.floor);
  const failedChecks = checks.filter((c) => !c.ok);
  mkdirSync(path.join(root, 'eval', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'eval', 'results', 'latest.json'), JSON.stringify({ rows, checks }, null, 2) + '\n');

  if (failedRows.length || failedChecks.length) {
    process.stdout.write(
      `\nFAIL: ${failedRows.length} figure(s) below their floor, ${failedChecks.length} check(s) failed\n`,
    );
    return 1;
  }
  process.stdout.write(`\nOK: every figure at or above its floor, every check passed\n`);
  return 0;
}

function printTable(rows: EvalRow[]) {
  const header = ['measure', 'data', 'value', 'floor', 'note'];
  const body = rows.map((r) => [
    r.measure,
    r.data,
    r.value.toFixed(4),
    r.floor === undefined ? '' : r.floor.toFixed(2),
    (r.floor !== undefined && r.value < r.floor ? 'BELOW FLOOR ' : '') + (r.note ?? ''),
  ]);
  process.stdout.write(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
  for (const line of body) process.stdout.write(`| ${line.join(' | ')} |\n`);
}

function printChecks(checks: EvalCheck[]) {
  process.stdout.write('\nChecks:\n');
  for (const c of checks) process.stdout.write(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` (${c.detail})` : ''}\n`);
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
