/**
 * The peer, side by side (bench/peer.py: scikit-learn TF-IDF + average-link clustering, what a user would pick
 * instead): its setup (Debian's python3-sklearn, installed where missing), one run over a generated day in its own
 * process, and its groups scored with the same B-cubed code against the same truth as the digest's stories.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bcubed, type BCubed } from './bcubed.js';

/** Debian's interpreter: python3-sklearn installs for it, whatever other python3 is first on PATH. */
export const PEER_PYTHON = '/usr/bin/python3';
/**
 * The largest day the peer runs on. Its average-link clustering holds every pair's distance: n^2 x 8 bytes as
 * the estimate (half of it condensed, plus the dense TF-IDF matrix and scipy's copies), 3.2 GB at 20,000.
 */
export const PEER_MAX_ARTICLES = 20_000;

export interface PeerFigures {
  articles: number;
  /** Files its reading could not use (none on a generated day). */
  skipped: number;
  stories: number;
  largestStory: number;
  /** Against the generator's truth, the same code as the digest's. */
  bcubed: BCubed | null;
  /** Cosine distance threshold of the run (bench/peer.py THRESHOLD). */
  threshold: number;
  /** read (parsing the files) + cluster (TF-IDF and agglomerative clustering) = total; imports apart. */
  ms: { read: number; cluster: number; total: number };
  cpuMs: { read: number; cluster: number; total: number };
  importMs: number;
  peakRssMiB: number;
}

export type PeerRun = { ran: true; figures: PeerFigures } | { ran: false; reason: string };

const hasSklearn = (): boolean => spawnSync(PEER_PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;

/**
 * The bench's setup for the peer: python3-sklearn through apt-get where `import sklearn` fails (as root, which the
 * project's machines are). Null when the peer can run, else why not (the bench then skips its column).
 */
export function ensurePeer(): string | null {
  if (hasSklearn()) return null;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return `${PEER_PYTHON} cannot import sklearn and installing python3-sklearn needs root: peer skipped`;
  console.log('peer: installing python3-sklearn (apt-get install -y --no-install-recommends python3-sklearn)...');
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'python3-sklearn'], { stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    install();
  }
  return hasSklearn() ? null : `apt-get could not install python3-sklearn for ${PEER_PYTHON}: peer skipped`;
}

/** Runs bench/peer.py over a day of `n` articles; `stories` maps article ids to true stories (null: no truth). */
export function runPeer(root: string, dir: string, n: number, stories: ReadonlyMap<string, string> | null): PeerRun {
  if (n > PEER_MAX_ARTICLES) {
    return { ran: false, reason: `not run above ${PEER_MAX_ARTICLES.toLocaleString('en-US')} articles: its all-pairs distances would need ~${((n * n * 8) / 1e9).toFixed(0)} GB (n^2 x 8 bytes)` };
  }
  const out = path.join(os.tmpdir(), `news-digest-peer-${process.pid}-${n}.json`);
  const child = spawnSync(PEER_PYTHON, [path.join(root, 'bench/peer.py'), dir, '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0) return { ran: false, reason: `bench/peer.py failed (exit ${child.status ?? child.signal})` };
  const r = JSON.parse(readFileSync(out, 'utf8')) as {
    notRun?: string;
    articles: number;
    skipped: string[];
    groups: string[][];
    threshold: number;
    ms: PeerFigures['ms'];
    cpuMs: PeerFigures['cpuMs'];
    importMs: number;
    peakRssMiB: number;
  };
  rmSync(out, { force: true });
  if (r.notRun !== undefined) return { ran: false, reason: r.notRun };
  return {
    ran: true,
    figures: {
      articles: r.articles,
      skipped: r.skipped.length,
      stories: r.groups.length,
      largestStory: r.groups.reduce((m, g) => Math.max(m, g.length), 0),
      bcubed: stories && bcubed(r.groups, stories),
      threshold: r.threshold,
      ms: r.ms,
      cpuMs: r.cpuMs,
      importMs: r.importMs,
      peakRssMiB: r.peakRssMiB,
    },
  };
}
