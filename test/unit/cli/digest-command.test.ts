import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../lambdas/cli/main.js';
import { capture, SAMPLES } from './capture.js';



afterEach(() => vi.restoreAllMocks());

describe('npm run digest', () => {
  it('writes the four outputs, continuity.json and one summary line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'digest-'));
    const io = capture();
    const code = await main(['--articles', SAMPLES, '--out', dir]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    for (const f of ['digest.json', 'digest.html', 'digest.txt', 'digest.eml', 'continuity.json']) expect(existsSync(path.join(dir, f))).toBe(true);
    expect(io.out.join('')).toMatch(/^2026-11-21: 18 articles from 6 outlets -> 6 stories, \d+ statements merged, 2 skipped; wrote .+\n$/);
    const json = readFileSync(path.join(dir, 'digest.json'), 'utf8');
    const digest = JSON.parse(json);
    expect(digest.schemaVersion).toBe(1);
    // Written in chunks, the same bytes as one JSON.stringify (and a final newline).
    expect(json).toBe(JSON.stringify(digest, null, 2) + '\n');
    const eml = readFileSync(path.join(dir, 'digest.eml'), 'utf8');
    expect(eml).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(eml).toMatch(/multipart\/alternative/);
  });

  it('takes --date over the articles\' own dates', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'digest-'));
    capture();
    expect(await main(['--articles', SAMPLES, '--out', dir, '--date', '2026-11-20'])).toBe(0);
    vi.restoreAllMocks();
    expect(JSON.parse(readFileSync(path.join(dir, 'digest.json'), 'utf8')).date).toBe('2026-11-20');
  });

  it('rejects a bad date and a missing folder with a clear message', async () => {
    const io = capture();
    expect(await main(['--date', '2026-02-30'])).toBe(2);
    expect(await main(['--articles', '/nonexistent/day'])).toBe(1);
    vi.restoreAllMocks();
    expect(io.err.join('')).toMatch(/--date must be a calendar date/);
    expect(io.err.join('')).toMatch(/no articles folder at \/nonexistent\/day/);
  });
});
