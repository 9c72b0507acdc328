import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../lambdas/cli/main.js';
import { capture, SAMPLES } from './capture.js';
import type { Digest } from '../../../lambdas/pipeline/model.js';



afterEach(() => vi.restoreAllMocks());

describe('npm run digest -- --previous FILE', () => {
  it('marks every story of a rerun as continuing, with nothing new', async () => {
    const first = mkdtempSync(path.join(tmpdir(), 'digest-prev-'));
    const second = mkdtempSync(path.join(tmpdir(), 'digest-next-'));
    capture();
    expect(await main(['--articles', SAMPLES, '--out', first])).toBe(0);
    const io = capture();
    expect(await main(['--articles', SAMPLES, '--out', second, '--previous', path.join(first, 'digest.json')])).toBe(0);
    vi.restoreAllMocks();
    expect(io.out.join('')).toMatch(/6 continuing from 2026-11-21/);
    const digest = JSON.parse(readFileSync(path.join(second, 'digest.json'), 'utf8')) as Digest;
    for (const story of digest.stories) {
      expect(story.continues?.date).toBe('2026-11-21');
      expect(story.statements.every((s) => s.isNew === false)).toBe(true);
    }
  });

  it('rejects a malformed previous digest with a message naming the problem, before reading articles', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'digest-bad-'));
    const bad = path.join(dir, 'digest.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, date: '2026-11-20', stats: {}, stories: 'none' }));
    const io = capture();
    expect(await main(['--articles', SAMPLES, '--out', dir, '--previous', bad])).toBe(1);
    vi.restoreAllMocks();
    expect(io.err.join('')).toMatch(/--previous .*digest\.json is not a digest\.json: .*stories/);

    writeFileSync(bad, '{ not json');
    const io2 = capture();
    expect(await main(['--articles', SAMPLES, '--out', dir, '--previous', bad])).toBe(1);
    vi.restoreAllMocks();
    expect(io2.err.join('')).toMatch(/is not JSON/);
  });

  it('says when the previous file is missing', async () => {
    const io = capture();
    expect(await main(['--articles', SAMPLES, '--out', mkdtempSync(path.join(tmpdir(), 'd-')), '--previous', '/nonexistent/digest.json'])).toBe(1);
    vi.restoreAllMocks();
    expect(io.err.join('')).toMatch(/no previous digest at/);
  });
});
