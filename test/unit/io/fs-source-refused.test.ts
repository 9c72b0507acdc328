/**
 * Nothing in the folder vanishes (issue 17, findings 9 and 11): a folder that cannot be opened, a FIFO, a link out
 * of the folder or to nothing, and a second name of a listed file are each in the day's skipped list with a reason,
 * and the rest of the day is read. A FIFO is never opened (reading one would hang the run).
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDay } from './fixtures/list-day.js';

const SCRIPT = fileURLToPath(new URL('./fixtures/list-day.ts', import.meta.url));
const ARTICLE = 'The harbour council approved the ferry budget on Tuesday night after a long debate.\n';
let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'nd-refused-'));
  root = path.join(base, 'day');
  mkdirSync(path.join(root, 'open'), { recursive: true });
  mkdirSync(path.join(root, 'locked'));
  writeFileSync(path.join(root, 'open', 'a.txt'), ARTICLE);
  writeFileSync(path.join(root, 'locked', 'hidden.txt'), ARTICLE);
  writeFileSync(path.join(base, 'outside.txt'), ARTICLE);
  execFileSync('mkfifo', [path.join(root, 'open', 'pipe.txt')]);
  symlinkSync(path.join(base, 'outside.txt'), path.join(root, 'out-link.txt'));
  symlinkSync(path.join(root, 'open', 'a.txt'), path.join(root, 'same-as-a.txt'));
  // Readable by another user (the child below), except the locked folder.
  for (const dir of [base, root, path.join(root, 'open')]) chmodSync(dir, 0o755);
  chmodSync(path.join(root, 'locked'), 0o000);
});

afterAll(() => {
  chmodSync(path.join(root, 'locked'), 0o755);
  rmSync(base, { recursive: true, force: true });
});

/** The day as an unprivileged user sees it: in this process, or as `nobody` when the tests run as root. */
async function dayAsUser(): Promise<Awaited<ReturnType<typeof listDay>>> {
  if (process.getuid?.() !== 0) return listDay(root);
  const child = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, root], { uid: 65534, gid: 65534, encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) throw new Error(`the listing as another user failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Awaited<ReturnType<typeof listDay>>;
}

describe('a folder with things that are not articles', () => {
  it('reads the articles and lists everything else as skipped, with its reason', async () => {
    const day = await dayAsUser();
    expect(day.articles).toEqual(['open/a.txt']);
    const reasons = Object.fromEntries(day.skipped.map((s) => [s.id, s.reason]));
    expect(reasons).toEqual({
      locked: 'a folder that could not be read (EACCES)',
      'open/pipe.txt': 'not a regular file (a FIFO)',
      'out-link.txt': 'a link that leads outside the source folder',
      'same-as-a.txt': 'another name of "open/a.txt", which is read once under that name',
    });
    // The folder's fault is the storage's: counted as unreadable (the digest function's alarm counts these).
    expect(day.unreadable).toBe(1);
  });
});
