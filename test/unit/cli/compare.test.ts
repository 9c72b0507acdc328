import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareLine, runCompareCommand } from '../../../lambdas/cli/compare-command.js';
import { StatementComparer } from '../../../lambdas/pipeline/paraphrase/index.js';

const A = 'The council approved the harbour budget on Tuesday after a long debate.';
const B = 'After a lengthy debate, the council passed the harbour budget on Tuesday.';
const C = 'Heavy snow closed the mountain pass for the third day running.';

describe('digest compare', () => {
  it('gives the very decision the pipeline uses', () => {
    const comparer = new StatementComparer();
    for (const [s1, s2] of [[A, B], [A, C]] as const) {
      const line = compareLine(JSON.stringify({ s1, s2 }), 1, comparer);
      const direct = new StatementComparer().compare(s1, s2);
      expect(line).toEqual({ duplicate: direct.duplicate, score: Math.round(direct.score * 1e4) / 1e4 });
    }
    expect(compareLine(JSON.stringify({ s1: A, s2: C }), 1, comparer)).toMatchObject({ duplicate: false });
  });

  it('names the line of a bad input and keeps one output line per input line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'compare-'));
    const pairs = path.join(dir, 'pairs.jsonl');
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(pairs, [JSON.stringify({ s1: A, s2: B }), '{not json', JSON.stringify({ s1: 1, s2: 'x' }), JSON.stringify({ s1: A, s2: C })].join('\n'));
    const code = await runCompareCommand({ pairs, out });
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual({ error: 'line 2: not valid JSON' });
    expect(lines[2].error).toMatch(/line 3/);
    expect(typeof lines[3].score).toBe('number');
  });

  it('fails clearly on a missing file', async () => {
    await expect(runCompareCommand({ pairs: '/nonexistent/pairs.jsonl' })).rejects.toThrow(/cannot read/);
  });
});
