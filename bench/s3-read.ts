/**
 * Reading a day from S3: bounded concurrency (what readDay does: lambdas/io/concurrency.ts mapLimit over the
 * project's S3ArticleSource) against a plain sequential loop over the same source and client, in the same run.
 * s3rver runs in its own process on 127.0.0.1 (a free port, a temp folder, NODE_OPTIONS=--openssl-legacy-provider
 * as test/setup/emulators-child.cjs needs it for paginated listings); the bench uploads N small article files,
 * lists them, then reads them all both ways (alternating which goes first, best of the rounds) and prints
 * the two times and their ratio. Listing is timed on its own: both ways list the same way.
 *
 * The emulator is on the same 2 cores as the reader and answers from disk without a network round trip, so what
 * concurrency hides here is the server's and client's CPU per request overlapping, not S3's latency; the
 * server's CPU time is recorded beside the wall times to show when it, not the client, is the limit.
 *
 * Then, as a second figure and not instead of the first, the same comparison with s3rver holding each request
 * 20 ms (S3's own small-GET latency over a network), where concurrency overlaps waiting rather than CPU.
 *
 * `npx tsx bench/s3-read.ts [--objects 2000] [--concurrency 16] [--rounds 2] [--latency 20]` runs it alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { PutObjectCommand, S3Client, CreateBucketCommand } from '@aws-sdk/client-s3';
import { S3ArticleSource } from '../lambdas/io/s3-source.js';
import { mapLimit } from '../lambdas/io/concurrency.js';
import { makeS3Client } from '../lambdas/shared/aws-clients.js';

export interface S3ReadFigures {
  objects: number;
  bytes: number;
  concurrency: number;
  rounds: number;
  listMs: number;
  /** Best round, reads only (after the listing): wall ms, and CPU ms of this (the reading) process. */
  concurrent: { ms: number; cpuMs: number; serverCpuMs: number };
  sequential: { ms: number; cpuMs: number; serverCpuMs: number };
  /** sequential / concurrent wall time (issue 6 target >= 8). */
  ratio: number;
  /** Concurrent reads per second of wall time. */
  readsPerSecond: number;
  /**
   * The same comparison (one round) with s3rver answering each request `latencyMs` late, as S3 does over a real
   * network (first-byte latency of a small GET is tens of ms); null when not measured.
   */
  withLatency: { latencyMs: number; concurrent: { ms: number; cpuMs: number; serverCpuMs: number }; sequential: { ms: number; cpuMs: number; serverCpuMs: number }; ratio: number } | null;
}

const BUCKET = 'bench-read';
const PREFIX = 'articles/2026-11-21/';

const SERVER = `
const S3rver = require('s3rver');
const { mkdtempSync, rmSync } = require('node:fs');
const path = require('node:path');
const directory = process.argv[1];
const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
// An optional delay before each request is handled: S3's own first-byte latency, which loopback does not have.
let latencyMs = 0;
s3.run().then((address) => {
  const [handle] = s3.httpServer.listeners('request');
  s3.httpServer.removeAllListeners('request');
  s3.httpServer.on('request', (req, res) => (latencyMs > 0 ? setTimeout(() => handle(req, res), latencyMs) : handle(req, res)));
  process.stdout.write('READY ' + address.port + '\\n');
});
process.stdin.on('end', () => s3.close(() => process.exit(0)));
process.stdin.resume();
process.on('message', (m) => {
  if (m && m.latencyMs !== undefined) latencyMs = m.latencyMs;
  const u = process.cpuUsage();
  process.send({ cpuMs: (u.user + u.system) / 1000 });
});
`;

interface S3rverProcess {
  port: number;
  child: ChildProcess;
  /** CPU time the s3rver process has used so far. */
  cpuMs: () => Promise<number>;
  setLatency: (ms: number) => Promise<void>;
}

async function startS3rver(root: string, directory: string): Promise<S3rverProcess> {
  const child = spawn(process.execPath, ['-e', SERVER, directory], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --openssl-legacy-provider`.trim() },
    stdio: ['pipe', 'pipe', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`s3rver exited (${code}) before it listened`)));
  });
  const ask = (message: object) =>
    new Promise<number>((resolve) => {
      child.once('message', (m: { cpuMs: number }) => resolve(m.cpuMs));
      child.send(message);
    });
  return { port, child, cpuMs: () => ask({}), setLatency: async (ms: number) => void (await ask({ latencyMs: ms })) };
}

/** A small article file: a title, a few sentences, some bytes of variety per index. */
function article(i: number): string {
  const lines = [`Harbour works report ${i}`, ''];
  for (let s = 0; s < 6; s++) lines.push(`Sentence ${s} of report ${i} says the works on pier ${i % 37} will finish in week ${(i * 7 + s) % 52}.`);
  return lines.join('\n');
}

export async function measureS3Read(
  root: string,
  options: { objects?: number; concurrency?: number; rounds?: number; latencyMs?: number } = {},
): Promise<S3ReadFigures> {
  const objects = options.objects ?? 2000;
  const concurrency = options.concurrency ?? 16;
  const rounds = options.rounds ?? 2;
  const latencyMs = options.latencyMs ?? 0;
  const directory = mkdtempSync(path.join(os.tmpdir(), 'news-digest-bench-s3rver-'));
  const server = await startS3rver(root, directory);
  const saved = { ...process.env };
  try {
    // The SDK takes the endpoint and credentials from the environment, as in the tests.
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${server.port}`,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    });
    // The project's client, as the digest Lambda builds it for article reads (one SDK attempt; the source retries).
    const client: S3Client = makeS3Client(process.env, { maxAttempts: 1 });
    await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
    let bytes = 0;
    await mapLimit(
      Array.from({ length: objects }, (_, i) => i),
      32,
      async (i) => {
        const body = article(i);
        bytes += Buffer.byteLength(body);
        await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}outlet-${i % 20}/report-${i}.txt`, Body: body }));
      },
    );

    const source = new S3ArticleSource({ client, bucket: BUCKET, prefix: PREFIX, maxBytes: 5 * 2 ** 20 });
    const t0 = performance.now();
    const ids: string[] = [];
    for await (const entry of source.list()) ids.push(entry.id);
    const listMs = performance.now() - t0;
    if (ids.length !== objects) throw new Error(`listed ${ids.length} objects, uploaded ${objects}`);

    const timed = async (read: () => Promise<unknown>) => {
      const serverBefore = await server.cpuMs();
      const cpu = process.cpuUsage();
      const start = performance.now();
      await read();
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: (used.user + used.system) / 1000, serverCpuMs: (await server.cpuMs()) - serverBefore };
    };
    const concurrentRead = () => mapLimit(ids, concurrency, (id) => source.read(id));
    const sequentialRead = async () => {
      for (const id of ids) await source.read(id);
    };
    const best = (a: S3ReadFigures['concurrent'] | undefined, b: S3ReadFigures['concurrent']) => (a && a.ms <= b.ms ? a : b);
    let concurrent: S3ReadFigures['concurrent'] | undefined;
    let sequential: S3ReadFigures['sequential'] | undefined;
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first: the first reads of a round warm the server's file cache for the second.
      if (r % 2 === 0) {
        concurrent = best(concurrent, await timed(concurrentRead));
        sequential = best(sequential, await timed(sequentialRead));
      } else {
        sequential = best(sequential, await timed(sequentialRead));
        concurrent = best(concurrent, await timed(concurrentRead));
      }
    }
    let withLatency: S3ReadFigures['withLatency'] = null;
    if (latencyMs > 0) {
      await server.setLatency(latencyMs);
      const c = await timed(concurrentRead);
      const q = await timed(sequentialRead);
      withLatency = { latencyMs, concurrent: c, sequential: q, ratio: q.ms / c.ms };
    }
    client.destroy();
    return {
      objects,
      bytes,
      concurrency,
      rounds,
      listMs,
      concurrent: concurrent!,
      sequential: sequential!,
      ratio: sequential!.ms / concurrent!.ms,
      readsPerSecond: objects / (concurrent!.ms / 1000),
      withLatency,
    };
  } finally {
    process.env = saved;
    server.child.stdin!.end();
    await new Promise((resolve) => {
      server.child.once('exit', resolve);
      setTimeout(() => {
        server.child.kill();
        resolve(undefined);
      }, 3000).unref();
    });
    rmSync(directory, { recursive: true, force: true });
  }
}

export function printS3Read(f: S3ReadFigures): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\nS3 read (s3rver on 127.0.0.1, ${f.objects} objects, ${(f.bytes / 1024).toFixed(0)} KiB; best of ${f.rounds} rounds; listing ${s(f.listMs)} not included):`);
  console.log(`  bounded concurrency (mapLimit ${f.concurrency}): ${s(f.concurrent.ms)} wall, reader CPU ${s(f.concurrent.cpuMs)}, s3rver CPU ${s(f.concurrent.serverCpuMs)}; ${f.readsPerSecond.toFixed(0)} reads/s`);
  console.log(`  sequential loop:                ${s(f.sequential.ms)} wall, reader CPU ${s(f.sequential.cpuMs)}, s3rver CPU ${s(f.sequential.serverCpuMs)}`);
  console.log(`  ratio sequential / concurrent: ${f.ratio.toFixed(1)}x (target >= 8x) ${f.ratio >= 8 ? 'OK' : 'UNDER'}`);
  const l = f.withLatency;
  if (l) {
    console.log(
      `  with ${l.latencyMs} ms added per request (S3's latency, which loopback lacks; one round): concurrent ${s(l.concurrent.ms)}, ` +
        `sequential ${s(l.sequential.ms)}, ratio ${l.ratio.toFixed(1)}x`,
    );
  }
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  printS3Read(
    await measureS3Read(root, {
      objects: Number(option('--objects') ?? 2000),
      concurrency: Number(option('--concurrency') ?? 16),
      rounds: Number(option('--rounds') ?? 2),
      latencyMs: Number(option('--latency') ?? 20),
    }),
  );
}
