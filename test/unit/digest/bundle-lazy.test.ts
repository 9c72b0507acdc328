/**
 * The digest handler defers its heavy modules to the first invocation (cold start: lambdas/digest/job.ts).
 * A static import added anywhere on the handler's import graph would quietly undo that, so this builds the bundle
 * as the stack does (esbuild, CJS, minified, SDK external), with a marker appended to the files of the deferred
 * packages, requires it in a fresh node process and checks which markers ran and whether the SDK was required.
 * Nothing is timed.
 */
import { build, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Deferred: evaluated only when an invocation needs them. */
const DEFERRED = ['linkedom', '@mozilla/readability', 'nodemailer', 'handlebars', 'zod', 'stemmer', 'lambdas/pipeline', 'lambdas/render'];
/** Loaded at import on purpose (the logger must exist before anything else can fail): the control. */
const EAGER = ['@aws-lambda-powertools/logger'];

function markerOf(file: string): string | undefined {
  const normalised = file.split(path.sep).join('/');
  return [...DEFERRED, ...EAGER].find((name) =>
    name.startsWith('lambdas/') ? normalised.startsWith(`${ROOT}/${name}/`) : normalised.includes(`/node_modules/${name}/`),
  );
}

/** Appends `globalThis.__evaluated.add(name)` to every file of the watched packages and folders. */
const markers: Plugin = {
  name: 'evaluation-markers',
  setup(b) {
    b.onLoad({ filter: /\.(c|m)?(j|t)s$/ }, (args) => {
      const name = markerOf(args.path);
      if (!name) return undefined;
      const source = readFileSync(args.path, 'utf8');
      return {
        contents: `${source}\n;(globalThis.__evaluated ??= new Set()).add(${JSON.stringify(name)});\n`,
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

describe('digest handler bundle', () => {
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'news-digest-bundle-lazy-'));
    bundle = path.join(dir, 'index.js');
    await build({
      absWorkingDir: ROOT,
      entryPoints: [path.join(ROOT, 'lambdas/digest/handler.ts')],
      outfile: bundle,
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['@aws-sdk/*'],
      plugins: [markers],
      logLevel: 'silent',
    });
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function evaluatedAtImport(): { evaluated: string[]; sdk: string[]; exports: string[] } {
    const script =
      `const m=require(${JSON.stringify(bundle)});` +
      `process.stdout.write(JSON.stringify({evaluated:[...(globalThis.__evaluated??[])],` +
      `sdk:Object.keys(require.cache).filter(k=>k.includes('@aws-sdk')||k.includes('@smithy')),exports:Object.keys(m)}))`;
    const out = execFileSync(process.execPath, ['-e', script], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NODE_PATH: path.join(ROOT, 'node_modules'), POWERTOOLS_DEV: 'false' },
      encoding: 'utf8',
    });
    return JSON.parse(out) as { evaluated: string[]; sdk: string[]; exports: string[] };
  }

  it('evaluates none of the deferred packages and requires no AWS SDK module when imported', () => {
    const { evaluated, sdk, exports } = evaluatedAtImport();
    expect(exports).toContain('handler');
    // The control: the markers do run for what is imported eagerly.
    expect(evaluated).toEqual(expect.arrayContaining(EAGER));
    expect(evaluated.filter((name) => DEFERRED.includes(name))).toEqual([]);
    expect(sdk).toEqual([]);
  });

  it('still carries the deferred packages inside the one bundle (nothing to fetch at run time)', () => {
    const text = readFileSync(bundle, 'utf8');
    for (const name of DEFERRED) expect(text, name).toContain(`add(${JSON.stringify(name)})`);
  });
});
