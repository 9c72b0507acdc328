/**
 * bench/peer.py reads a day the way a user's script would (txt as is, json title + text or body, html the visible
 * text of <article>, else <main>, else <body>) and groups it with scikit-learn. Runs only where Debian's python3
 * has sklearn (the bench's setup installs it); skipped with a message elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PEER_PYTHON } from '../../../bench/peer.js';

const SCRIPT = path.resolve(import.meta.dirname, '../../../bench/peer.py');
const hasSklearn = spawnSync(PEER_PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
if (!hasSklearn) console.warn(`peer.test: skipped, ${PEER_PYTHON} cannot import sklearn (apt-get install python3-sklearn)`);

// A tiny invented day.
const FILES: Record<string, string> = {
  'harbor-times/flood.txt': 'Flood in Marlow\n\nThe river flooded the town of Marlow on Sunday night.\n',
  'civic-post/flood.json': JSON.stringify({ title: 'Marlow flood', text: 'The river flooded Marlow overnight.', source: 'Civic Post' }),
  'civic-post/ferry.json': JSON.stringify({ title: 'Ferry back', body: 'The ferry to Skerra sails again on Tuesday.' }),
  'web/flood.html':
    '<html><head><title>Nav title</title><script>var x = "hidden";</script></head><body><nav>Home | Sport</nav>' +
    '<article><h1>Marlow under water</h1><p>The river flooded the town of Marlow, officials said.</p><style>p{}</style></article>' +
    '<footer>All rights reserved</footer></body></html>',
  'web/ferry.htm': '<html><body><nav>Menu</nav><main><p>The Skerra ferry sails again on Tuesday after the storm.</p></main><p>outside main</p></body></html>',
  'web/bare.html': '<html><body><p>The ferry to Skerra will sail on Tuesday, the captain said.</p></body></html>',
  'notes.csv': 'a,b\n1,2\n',
  'broken.json': '{ not json',
};

describe.skipIf(!hasSklearn)('bench/peer.py', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'peer-day-'));
  for (const [rel, content] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the three formats as a user would, with the pipeline\'s ids', () => {
    const r = spawnSync(PEER_PYTHON, [SCRIPT, dir, '--read-only'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { articles, skipped } = JSON.parse(r.stdout) as { articles: Record<string, string>; skipped: string[] };
    expect(Object.keys(articles).sort()).toEqual(['civic-post/ferry.json', 'civic-post/flood.json', 'harbor-times/flood.txt', 'web/bare.html', 'web/ferry.htm', 'web/flood.html']);
    expect(skipped.sort()).toEqual(['broken.json', 'notes.csv']);
    expect(articles['harbor-times/flood.txt']).toBe(FILES['harbor-times/flood.txt']);
    expect(articles['civic-post/flood.json']).toBe('Marlow flood\nThe river flooded Marlow overnight.');
    expect(articles['civic-post/ferry.json']).toBe('Ferry back\nThe ferry to Skerra sails again on Tuesday.');
    expect(articles['web/flood.html']).toBe('Marlow under water The river flooded the town of Marlow, officials said.');
    expect(articles['web/ferry.htm']).toBe('The Skerra ferry sails again on Tuesday after the storm.');
    expect(articles['web/bare.html']).toBe('The ferry to Skerra will sail on Tuesday, the captain said.');
  });

  it('groups the day into stories and reports its costs', () => {
    const out = path.join(os.tmpdir(), `peer-test-${process.pid}.json`);
    const r = spawnSync(PEER_PYTHON, [SCRIPT, dir, '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { articles: number; groups: string[][]; ms: { total: number }; cpuMs: { total: number }; peakRssMiB: number; threshold: number };
    rmSync(out, { force: true });
    expect(result.articles).toBe(6);
    const groups = result.groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(groups).toEqual([
      ['civic-post/ferry.json', 'web/bare.html', 'web/ferry.htm'],
      ['civic-post/flood.json', 'harbor-times/flood.txt', 'web/flood.html'],
    ]);
    expect(result.threshold).toBeGreaterThan(0);
    expect(result.ms.total).toBeGreaterThan(0);
    expect(result.peakRssMiB).toBeGreaterThan(10);
  });

  it('says it did not run when the clustering would not fit in the memory it may use', () => {
    const out = path.join(os.tmpdir(), `peer-test-budget-${process.pid}.json`);
    const r = spawnSync(PEER_PYTHON, [SCRIPT, dir, '--out', out, '--max-mb', '0.0001'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { notRun?: string };
    rmSync(out, { force: true });
    expect(result.notRun).toMatch(/^not run: 6 articles x \d+ terms dense plus every pair's distance would need ~0\.0 GB, over the 0\.0 GB available$/);
  });
});
