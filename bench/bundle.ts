/**
 * The digest handler bundle, built with esbuild the way the stack's NodejsFunction builds it (lib/function-
 * defaults.ts: minified, platform node, CJS, UTF-8 charset, an external source map without the sources' text)
 * and imported the way the runtime runs it (NODE_OPTIONS=--enable-source-maps, so Node parses the map when it
 * loads the bundle), measured two ways:
 *   - sdkExternal: @aws-sdk/* left out (the stack's setting; the issue's target <= 1 MB), and its cold import
 *     time in a fresh node process (median of several runs; target <= 100 ms);
 *   - sdkBundled: the same with the SDK bundled in (externalModules: []), for comparison.
 * mjml is a build-time tool and must not be in either: the bench reports it if it is.
 *
 * What the 100 ms counts: the require() of the bundle itself, as the Lambda runtime does it in the init phase.
 * The handler loads the AWS SDK and its heavy modules on the first invocation (see lambdas/digest/job.ts),
 * so the bench prints beside it what the import alone does not show: the import followed by requiring the two
 * SDK clients (what the import cost when the SDK was loaded eagerly), and the whole cold start, import + first
 * dry-run invocation on a tiny day (bench/first-call.ts), which is where the deferred work is paid.
 * Times are wall and CPU milliseconds measured inside the fresh process; on a shared machine the CPU figure is
 * the fairer one.
 *
 * `npx tsx bench/bundle.ts [ROOT]` measures only the bundle (ROOT: another checkout, e.g. to compare commits).
 */
import { build, type Metafile } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFirstCall, RUNTIME_NODE_OPTIONS, type FirstCallFigures } from './first-call.js';

export interface BundleFigures {
  entry: string;
  format: 'cjs';
  sdkExternalBytes: number;
  /** Its source map (index.js.map, shipped beside it and parsed at load under --enable-source-maps). */
  sourceMapBytes: number;
  sdkBundledBytes: number;
  /** Inputs from mjml found in the bundle (should be none). */
  mjmlInputs: number;
  /** Biggest packages in the SDK-external bundle, bytes of output they account for. */
  topPackages: { name: string; bytes: number }[];
  /** require() of the SDK-external bundle in a fresh process (wall ms; the issue's target). */
  coldImportMs: { median: number; runs: number[] };
  /** The same in CPU ms (user + system of that process). */
  coldImportCpuMs: { median: number; runs: number[] };
  /** require() of the bundle, then of the two SDK clients, in one fresh process: the import with the SDK. */
  importWithSdkMs: { median: number; cpuMedian: number };
  /** Requiring only the two external SDK clients: how much the SDK alone costs. */
  sdkOnlyImportMs: { median: number; runs: number[] };
  /** Import + first dry-run invocation on a tiny day (null when it could not run). */
  firstCall: FirstCallFigures | null;
}

function packageOf(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return m ? m[1]! : '(project)';
}

async function bundle(root: string, entry: string, outfile: string, external: string[]): Promise<Metafile> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    // As the stack passes `--charset utf8`: non-ASCII stays as is instead of \uXXXX escapes.
    charset: 'utf8',
    // As the stack: sourceMap true, sourcesContent false (index.js.map beside the bundle).
    sourcemap: true,
    sourcesContent: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Wall and CPU milliseconds to require() modules in a fresh node process, measured inside that process. */
function coldImport(root: string, ...modules: string[]): { wall: number; cpu: number } {
  const requires = modules.map((m) => `require(${JSON.stringify(m)});`).join('');
  const script =
    `const c=process.cpuUsage(),t=process.hrtime.bigint();${requires}` +
    `const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wall:Number(process.hrtime.bigint()-t)/1e6,cpu:(u.user+u.system)/1000}))`;
  // NODE_PATH: the external SDK resolves from the project's node_modules, as from the runtime's on Lambda.
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: os.tmpdir(),
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), NODE_OPTIONS: RUNTIME_NODE_OPTIONS, POWERTOOLS_DEV: 'false' },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { wall: number; cpu: number };
}

export async function measureBundle(root: string, runs = 7): Promise<BundleFigures> {
  const handler = path.join(root, 'lambdas/digest/handler.ts');
  const entry = existsSync(handler) ? handler : path.join(root, 'lambdas/digest/run.ts');
  const dir = path.join(os.tmpdir(), `news-digest-bench-bundle-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const lean = path.join(dir, 'sdk-external', 'index.js');
  const shipped = path.join(dir, 'sdk-bundled', 'index.js');
  const meta = await bundle(root, entry, lean, ['@aws-sdk/*']);
  const shippedMeta = await bundle(root, entry, shipped, []);

  const perPackage = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      perPackage.set(packageOf(input), (perPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
    }
  }
  const mjmlInputs = [...Object.keys(meta.inputs), ...Object.keys(shippedMeta.inputs)].filter((i) => /node_modules\/mjml/.test(i)).length;

  const times: number[] = [];
  const cpuTimes: number[] = [];
  const sdkTimes: number[] = [];
  const withSdk: number[] = [];
  const withSdkCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const own = coldImport(root, lean);
    times.push(own.wall);
    cpuTimes.push(own.cpu);
    sdkTimes.push(coldImport(root, '@aws-sdk/client-s3', '@aws-sdk/client-ses').wall);
    const both = coldImport(root, lean, '@aws-sdk/client-s3', '@aws-sdk/client-ses');
    withSdk.push(both.wall);
    withSdkCpu.push(both.cpu);
  }
  let firstCall: FirstCallFigures | null = null;
  try {
    firstCall = await measureFirstCall(root, lean);
  } catch (err) {
    console.error(`bench: the first-call measurement failed: ${(err as Error).message}`);
  }
  return {
    entry: path.relative(root, entry),
    format: 'cjs',
    sdkExternalBytes: statSync(lean).size,
    sourceMapBytes: statSync(`${lean}.map`).size,
    sdkBundledBytes: statSync(shipped).size,
    mjmlInputs,
    topPackages: [...perPackage.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, bytes]) => ({ name, bytes })),
    coldImportMs: { median: median(times), runs: times },
    coldImportCpuMs: { median: median(cpuTimes), runs: cpuTimes },
    importWithSdkMs: { median: median(withSdk), cpuMedian: median(withSdkCpu) },
    sdkOnlyImportMs: { median: median(sdkTimes), runs: sdkTimes },
    firstCall,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const { printBundle } = await import('./report.js');
  printBundle(await measureBundle(root));
}
