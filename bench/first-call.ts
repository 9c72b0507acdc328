/**
 * The whole cold start of the digest Lambda, not just its import: a fresh node process requires the built
 * bundle, then calls its `handler` once with a dry-run event on a tiny day (the repo's samples/), then once more.
 *   import     = require() of the bundle (what the "cold import" target counts);
 *   first call = the first invocation: config, the SDK clients, the modules the handler loads on first use, the
 *                day read from S3, the digest built, rendered and archived (a dry run sends nothing);
 *   warm call  = the same invocation again: first - warm is roughly what the first call pays once (loading
 *                modules and compiling their code), the rest is the day's own work.
 * S3 is an in-memory stand-in served over loopback HTTP by this (the parent) process, so the child's CPU time
 * is the Lambda's own and the SDK's real request path (signing, HTTP, XML) is part of the figure; nothing leaves
 * the machine. Each figure is wall and CPU (user + system) milliseconds of the child, median over the runs.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** What lib/function-defaults.ts sets on every function (Node then parses the bundle's source map at load). */
export const RUNTIME_NODE_OPTIONS = '--enable-source-maps';

export interface Phase {
  wallMs: number;
  cpuMs: number;
}
export interface FirstCallFigures {
  /** Files in the tiny day (samples/). */
  articles: number;
  runs: number;
  import: Phase;
  firstCall: Phase;
  /** import + first call: the cold start a scheduled run pays before its digest is archived. */
  coldTotal: Phase;
  warmCall: Phase;
}

const BUCKET = 'bench-bucket';
const DATE = '2026-11-21';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Just enough of S3 for one dry run: ListObjectsV2, GetObject, PutObject (with If-None-Match: *). */
function startFakeS3(objects: Map<string, Buffer>): Promise<{ port: number; close: () => void }> {
  const errorReply = (res: ServerResponse, status: number, code: string) => {
    res.writeHead(status, { 'content-type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const [, bucket, ...rest] = url.pathname.split('/');
      const key = decodeURIComponent(rest.join('/'));
      if (bucket !== BUCKET) return errorReply(res, 404, 'NoSuchBucket');
      if (req.method === 'GET' && !key && url.searchParams.get('list-type') === '2') {
        const prefix = url.searchParams.get('prefix') ?? '';
        const keys = [...objects.keys()].filter((k) => k.startsWith(prefix)).sort();
        const contents = keys
          .map((k) => `<Contents><Key>${xml(k)}</Key><LastModified>2026-11-21T06:00:00.000Z</LastModified><ETag>"0"</ETag><Size>${objects.get(k)!.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`)
          .join('');
        res.writeHead(200, { 'content-type': 'application/xml' });
        return res.end(
          `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${BUCKET}</Name><Prefix>${xml(prefix)}</Prefix>` +
            `<KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`,
        );
      }
      if (req.method === 'GET') {
        const body = objects.get(key);
        if (!body) return errorReply(res, 404, 'NoSuchKey');
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length, etag: '"0"', 'last-modified': new Date(0).toUTCString() });
        return res.end(body);
      }
      if (req.method === 'PUT') {
        if (req.headers['if-none-match'] === '*' && objects.has(key)) return errorReply(res, 412, 'PreconditionFailed');
        objects.set(key, Buffer.concat(chunks));
        res.writeHead(200, { etag: '"0"' });
        return res.end();
      }
      errorReply(res, 405, 'MethodNotAllowed');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, close: () => server.close() }));
  });
}

function sampleDay(root: string): Map<string, Buffer> {
  const objects = new Map<string, Buffer>();
  const dir = path.join(root, 'samples');
  for (const outlet of readdirSync(dir, { withFileTypes: true })) {
    if (!outlet.isDirectory()) continue;
    for (const file of readdirSync(path.join(dir, outlet.name))) {
      objects.set(`articles/${DATE}/${outlet.name}/${file}`, readFileSync(path.join(dir, outlet.name, file)));
    }
  }
  return objects;
}

// Runs in the fresh process: import, first call, warm call; figures to the file named by BENCH_OUT.
const CHILD = `
const fs = require('node:fs');
const clock = () => [process.hrtime.bigint(), process.cpuUsage()];
const since = ([t, c]) => { const u = process.cpuUsage(c); return { wallMs: Number(process.hrtime.bigint() - t) / 1e6, cpuMs: (u.user + u.system) / 1000 }; };
const context = { awsRequestId: 'bench', functionName: 'bench', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:bench', memoryLimitInMB: '1024', getRemainingTimeInMillis: () => 900000 };
const event = { date: '${DATE}', dryRun: true };
(async () => {
  const start = clock();
  const m = require(process.env.BENCH_BUNDLE);
  const importPhase = since(start);
  const first = clock();
  const summary = await m.handler(event, context);
  const firstCall = since(first);
  const coldTotal = since(start);
  const warm = clock();
  await m.handler(event, context);
  const warmCall = since(warm);
  fs.writeFileSync(process.env.BENCH_OUT, JSON.stringify({ import: importPhase, firstCall, coldTotal, warmCall, articles: summary.articles, stories: summary.stories }));
})().catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });
`;

function runChild(bundle: string, root: string, port: number, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', CHILD],
      {
        cwd: os.tmpdir(),
        maxBuffer: 64 * 2 ** 20,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_PATH: path.join(root, 'node_modules'),
          NODE_OPTIONS: RUNTIME_NODE_OPTIONS,
          BENCH_BUNDLE: bundle,
          BENCH_OUT: out,
          BUCKET,
          SENDER: 'digest@example.com',
          RECIPIENTS: 'reader@example.com',
          TIME_ZONE: 'UTC',
          UNSUBSCRIBE_URL: 'https://links.example.com/u',
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'bench',
          AWS_SECRET_ACCESS_KEY: 'bench',
          AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
          S3_FORCE_PATH_STYLE: 'true',
          POWERTOOLS_SERVICE_NAME: 'news-digest',
          POWERTOOLS_METRICS_NAMESPACE: 'NewsDigest',
          POWERTOOLS_LOG_LEVEL: 'INFO',
          POWERTOOLS_DEV: 'false',
        },
      },
      (err, _stdout, stderr) => (err ? reject(new Error(`first-call child failed: ${stderr || err.message}`)) : resolve()),
    );
  });
}

/** Cold import + first dry-run invocation of the built bundle (`bundle`: the SDK-external build). */
export async function measureFirstCall(root: string, bundle: string, runs = 5): Promise<FirstCallFigures> {
  const objects = sampleDay(root);
  const articles = objects.size;
  const s3 = await startFakeS3(objects);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-digest-first-call-'));
  const results: Omit<FirstCallFigures, 'articles' | 'runs'>[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh day each run: the first run's archived digest would otherwise become the next run's "previous".
      for (const key of [...objects.keys()]) if (!key.startsWith('articles/')) objects.delete(key);
      const out = path.join(dir, `run-${i}.json`);
      await runChild(bundle, root, s3.port, out);
      results.push(JSON.parse(readFileSync(out, 'utf8')));
    }
  } finally {
    s3.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const med = (pick: (r: (typeof results)[number]) => Phase): Phase => ({
    wallMs: median(results.map((r) => pick(r).wallMs)),
    cpuMs: median(results.map((r) => pick(r).cpuMs)),
  });
  return { articles, runs, import: med((r) => r.import), firstCall: med((r) => r.firstCall), coldTotal: med((r) => r.coldTotal), warmCall: med((r) => r.warmCall) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
