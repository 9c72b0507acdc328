import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('reads the continuity.json beside a digest.json, and gives the same digest from either file', async () => {
    const first = mkdtempSync(path.join(tmpdir(), 'digest-prev-'));
    capture();
    expect(await main(['--articles', SAMPLES, '--out', first])).toBe(0);
    vi.restoreAllMocks();
    expect(readFileSync(path.join(first, 'continuity.json'), 'utf8')).toMatch(/^\{"format":"news-digest\/continuity@1","date":"2026-11-21","stories":\[/);
    // A folder from before continuity.json existed: only its digest.json.
    const old = mkdtempSync(path.join(tmpdir(), 'digest-old-'));
    copyFileSync(path.join(first, 'digest.json'), path.join(old, 'digest.json'));
    const outputs: string[] = [];
    for (const previous of [path.join(first, 'digest.json'), path.join(first, 'continuity.json'), path.join(old, 'digest.json')]) {
      const out = mkdtempSync(path.join(tmpdir(), 'digest-next-'));
      const io = capture();
      expect(await main(['--articles', SAMPLES, '--out', out, '--previous', previous])).toBe(0);
      vi.restoreAllMocks();
      expect(io.out.join('')).toMatch(/6 continuing from 2026-11-21/);
      outputs.push(readFileSync(path.join(out, 'digest.json'), 'utf8'));
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);

    // The continuity.json beside it is what was read: damaged, it is named in a warning and the digest.json beside it
    // is read instead, giving the same digest.
    writeFileSync(path.join(first, 'continuity.json'), '{"format":"news-digest/continuity@1","stories":[]}');
    const damaged = mkdtempSync(path.join(tmpdir(), 'digest-next-'));
    let io = capture();
    expect(await main(['--articles', SAMPLES, '--out', damaged, '--previous', path.join(first, 'digest.json')])).toBe(0);
    vi.restoreAllMocks();
    expect(io.err.join('')).toMatch(/warning: --previous .*continuity\.json is not a continuity\.json: date.*: reading .*digest\.json instead/);
    expect(readFileSync(path.join(damaged, 'digest.json'), 'utf8')).toBe(outputs[0]);

    // A continuity.json older than the digest.json beside it (a run stopped between the two writes) is not read.
    writeFileSync(path.join(first, 'continuity.json'), '{}');
    utimesSync(path.join(first, 'continuity.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const stale = mkdtempSync(path.join(tmpdir(), 'digest-next-'));
    io = capture();
    expect(await main(['--articles', SAMPLES, '--out', stale, '--previous', path.join(first, 'digest.json')])).toBe(0);
    vi.restoreAllMocks();
    expect(io.err.join('')).toMatch(/continuity\.json is older than .*digest\.json: reading digest\.json/);
    expect(readFileSync(path.join(stale, 'digest.json'), 'utf8')).toBe(outputs[0]);
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
