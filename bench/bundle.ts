/**
 * The digest handler bundle, built with esbuild the way the stack's NodejsFunction builds it (lib/function-
 * defaults.ts: minified, platform node, CJS, UTF-8 charset), measured two ways:
 *   - sdkExternal: @aws-sdk/* left out (the stack's setting; the issue's target <= 1 MB), and its cold import
 *     time in a fresh node process (median of several runs; target <= 100 ms);
 *   - sdkBundled: the same with the SDK bundled in (externalModules: []), for comparison.
 * mjml is a build-time tool and must not be in either: the bench reports it if it is.
 */
import { build, type Metafile } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BundleFigures {
  entry: string;
  format: 'cjs';
  sdkExternalBytes: number;
  sdkBundledBytes: number;
  /** Inputs from mjml found in the bundle (should be none). */
  mjmlInputs: number;
  /** Biggest packages in the SDK-external bundle, bytes of output they account for. */
  topPackages: { name: string; bytes: number }[];
  coldImportMs: { median: number; runs: number[] };
  /** The same for requiring only the two external SDK clients: how much of the cold import is the SDK's. */
  sdkOnlyImportMs: { median: number; runs: number[] };
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
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Milliseconds to require() the bundle in a fresh node process, measured inside that process. */
function coldImport(root: string, ...modules: string[]): number {
  const requires = modules.map((m) => `require(${JSON.stringify(m)});`).join('');
  const script = `const t=process.hrtime.bigint();${requires}process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  // NODE_PATH: the external SDK resolves from the project's node_modules, as from the runtime's on Lambda.
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: os.tmpdir(),
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), NODE_OPTIONS: '', POWERTOOLS_DEV: 'false' },
    encoding: 'utf8',
  });
  return Number(out);
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
  const sdkTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(coldImport(root, lean));
    sdkTimes.push(coldImport(root, '@aws-sdk/client-s3', '@aws-sdk/client-ses'));
  }
  return {
    entry: path.relative(root, entry),
    format: 'cjs',
    sdkExternalBytes: statSync(lean).size,
    sdkBundledBytes: statSync(shipped).size,
    mjmlInputs,
    topPackages: [...perPackage.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, bytes]) => ({ name, bytes })),
    coldImportMs: { median: median(times), runs: times },
    sdkOnlyImportMs: { median: median(sdkTimes), runs: sdkTimes },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
