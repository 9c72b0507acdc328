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

/** One way of reading all the objects, timed: wall ms, and the CPU ms of the reader (this process) and of s3rver. */
export interface ReadTiming {
  ms: number;
  cpuMs: number;
  serverCpuMs: number;
}

export interface S3ReadFigures {
  objects: number;
  bytes: number;
  concurrency: number;
  rounds: number;
  listMs: number;
  /** Best round, reads only (after the listing). */
  concurrent: ReadTiming;
  sequential: ReadTiming;
  /** sequential / concurrent wall time (issue 6 target >= 8). */
  ratio: number;
  /** The best ratio any concurrency could reach on this machine, from the sequential loop's figures (see ceiling()). */
  ceiling: Ceiling;
  /** Concurrent reads per second of wall time. */
  readsPerSecond: number;
  /** CPU ms per GET of the sequential loop: the reader's and s3rver's. */
  perGet: { clientCpuMs: number; serverCpuMs: number };
  /** The machine's 1-minute load average before and after (2 cores shared: wall times stretch with it). */
  load: [number, number];
  /**
   * The same comparison with s3rver answering each request `latencyMs` late, as S3 does over a real network
   * (first-byte latency of a small GET is tens of ms): one sequential round, one concurrent round per level of
   * concurrency. null when not measured.
   */
  withLatency: {
    latencyMs: number;
    sequential: ReadTiming;
    concurrent: { concurrency: number; timing: ReadTiming; ratio: number }[];
    ceiling: Ceiling;
  } | null;
}

/**
 * What concurrency can gain at best on `cores` cores. The reads need `client` CPU ms in the reader and `server`
 * CPU ms in s3rver whatever the order they run in, so no schedule finishes sooner than the busier of the two
 * processes, nor sooner than all that CPU spread over every core: floor = max(client, server, (client+server)/cores).
 * `measured` is the sequential wall time over that floor (what this run could have reached); `idle` is the same
 * with the sequential loop as fast as it can be on an idle machine, client + server CPU plus the added latency
 * (one request at a time: the two processes take turns), i.e. what the 2 cores allow at all. Unbounded
 * concurrency hides any latency, so the floor is CPU only.
 */
export interface Ceiling {
  floorMs: number;
  measured: number;
  idle: number;
}

export function ceiling(sequential: ReadTiming, objects: number, latencyMs = 0, cores = 2): Ceiling {
  const floorMs = Math.max(sequential.cpuMs, sequential.serverCpuMs, (sequential.cpuMs + sequential.serverCpuMs) / cores);
  return {
    floorMs,
    measured: sequential.ms / floorMs,
    idle: (sequential.cpuMs + sequential.serverCpuMs + objects * latencyMs) / floorMs,
  };
}

const BUCKET = 'bench-read';
const PREFIX = 'articles/2026-11-21/';

const SERVER = `
const S3rver = require('s3rver');
const { mkdtempSync, rmSync } = require('node:fs');
const path = require('node:path');
const directory = process.argv[1];
const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
// silent: true only mutes the console transport: koa-logger still formats every request's log line (chalk, bytes,
// winston's format pipeline) on the cores the reader shares. Real S3 does not bill us that CPU, so drop it.
if (process.argv[2] === 'quiet') s3.middleware = s3.middleware.filter((fn) => fn.name !== 'logger');
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

export interface S3rverProcess {
  port: number;
  child: ChildProcess;
  /** CPU time the s3rver process has used so far. */
  cpuMs: () => Promise<number>;
  setLatency: (ms: number) => Promise<void>;
}

export async function startS3rver(root: string, directory: string, nodeFlags: readonly string[] = [], quiet = true): Promise<S3rverProcess> {
  const child = spawn(process.execPath, [...nodeFlags, '-e', SERVER, directory, quiet ? 'quiet' : 'logging'], {
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
export function article(i: number): string {
  const lines = [`Harbour works report ${i}`, ''];
  for (let s = 0; s < 6; s++) lines.push(`Sentence ${s} of report ${i} says the works on pier ${i % 37} will finish in week ${(i * 7 + s) % 52}.`);
  return lines.join('\n');
}

export async function measureS3Read(
  root: string,
  options: {
    objects?: number;
    concurrency?: number;
    rounds?: number;
    latencyMs?: number;
    /** Levels of concurrency tried with latency (default: `concurrency` alone). */
    latencyConcurrency?: readonly number[];
    /** Keep s3rver's request logging (formatted even when silent): for comparing with earlier runs. */
    s3rverLogging?: boolean;
  } = {},
): Promise<S3ReadFigures> {
  const objects = options.objects ?? 2000;
  const concurrency = options.concurrency ?? 16;
  const rounds = options.rounds ?? 2;
  const latencyMs = options.latencyMs ?? 0;
  const latencyLevels = options.latencyConcurrency ?? [concurrency];
  const loadBefore = os.loadavg()[0]!;
  const directory = mkdtempSync(path.join(os.tmpdir(), 'news-digest-bench-s3rver-'));
  const server = await startS3rver(root, directory, [], !options.s3rverLogging);
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

    const timed = async (read: () => Promise<unknown>): Promise<ReadTiming> => {
      const serverBefore = await server.cpuMs();
      const cpu = process.cpuUsage();
      const start = performance.now();
      await read();
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: (used.user + used.system) / 1000, serverCpuMs: (await server.cpuMs()) - serverBefore };
    };
    const concurrentRead = (limit: number) => () => mapLimit(ids, limit, (id) => source.read(id));
    const sequentialRead = async () => {
      for (const id of ids) await source.read(id);
    };
    // Untimed: the first few hundred GETs of a process compile the SDK's request path.
    await mapLimit(ids.slice(0, 200), 4, (id) => source.read(id));
    const best = (a: ReadTiming | undefined, b: ReadTiming) => (a && a.ms <= b.ms ? a : b);
    let concurrent: ReadTiming | undefined;
    let sequential: ReadTiming | undefined;
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first: the first reads of a round warm the server's file cache for the second.
      if (r % 2 === 0) {
        concurrent = best(concurrent, await timed(concurrentRead(concurrency)));
        sequential = best(sequential, await timed(sequentialRead));
      } else {
        sequential = best(sequential, await timed(sequentialRead));
        concurrent = best(concurrent, await timed(concurrentRead(concurrency)));
      }
    }
    let withLatency: S3ReadFigures['withLatency'] = null;
    if (latencyMs > 0) {
      await server.setLatency(latencyMs);
      const q = await timed(sequentialRead);
      const levels: NonNullable<S3ReadFigures['withLatency']>['concurrent'] = [];
      for (const level of latencyLevels) {
        const timing = await timed(concurrentRead(level));
        levels.push({ concurrency: level, timing, ratio: q.ms / timing.ms });
      }
      withLatency = { latencyMs, sequential: q, concurrent: levels, ceiling: ceiling(q, objects, latencyMs) };
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
      ceiling: ceiling(sequential!, objects),
      readsPerSecond: objects / (concurrent!.ms / 1000),
      perGet: { clientCpuMs: sequential!.cpuMs / objects, serverCpuMs: sequential!.serverCpuMs / objects },
      load: [loadBefore, os.loadavg()[0]!],
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
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
  const row = (label: string, t: ReadTiming, ratio: string) =>
    console.log(`  ${label.padEnd(34)} ${s(t.ms)} ${s(t.cpuMs)} ${s(t.serverCpuMs)} ${ratio.padStart(7)}`);
  const x = (r: number) => `${r.toFixed(1)}x`;
  console.log(
    `\nS3 read (s3rver on 127.0.0.1, ${f.objects} objects, ${(f.bytes / 1024).toFixed(0)} KiB; best of ${f.rounds} rounds; ` +
      `listing ${(f.listMs / 1000).toFixed(2)} s not included; load ${f.load[0].toFixed(1)} -> ${f.load[1].toFixed(1)} on ${os.availableParallelism()} cores):`,
  );
  console.log(`  ${''.padEnd(34)} ${'wall'.padStart(8)} ${'reader'.padStart(8)} ${'s3rver'.padStart(8)} ${'speedup'.padStart(7)}`);
  row('sequential loop', f.sequential, '');
  row(`bounded concurrency (mapLimit ${f.concurrency})`, f.concurrent, x(f.ratio));
  console.log(
    `  per GET: reader ${f.perGet.clientCpuMs.toFixed(2)} ms CPU, s3rver ${f.perGet.serverCpuMs.toFixed(2)} ms CPU. ` +
      `Ceiling on 2 cores: no schedule beats ${s(f.ceiling.floorMs).trim()} of CPU, so at best ${x(f.ceiling.measured)} over this ` +
      `sequential run, ${x(f.ceiling.idle)} on an idle machine (target >= 8x: ${f.ratio >= 8 ? 'OK' : f.ceiling.idle < 8 ? 'UNREACHABLE on this machine' : 'UNDER'})`,
  );
  const l = f.withLatency;
  if (l) {
    console.log(`  with ${l.latencyMs} ms added per request (S3's first-byte latency, which loopback lacks; one round each):`);
    row('sequential loop', l.sequential, '');
    for (const c of l.concurrent) row(`bounded concurrency (mapLimit ${c.concurrency})`, c.timing, x(c.ratio));
    console.log(`  ceiling: ${x(l.ceiling.measured)} over this sequential run, ${x(l.ceiling.idle)} on an idle machine`);
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
      s3rverLogging: process.argv.includes('--s3rver-logging'),
      ...(option('--latency-concurrency') ? { latencyConcurrency: option('--latency-concurrency')!.split(',').map(Number) } : {}),
    }),
  );
}
