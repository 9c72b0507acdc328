/**
 * vitest globalSetup: starts s3rver (S3) and aws-ses-v2-local (SES) on free ports on 127.0.0.1 in a child
 * process, and hands their endpoints to the tests with provide/inject. Stopped when the run ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    s3Endpoint: string;
    sesEndpoint: string;
  }
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'emulators-child.cjs');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, [CHILD], {
    // s3rver signs pagination tokens with an algorithm Node 20's OpenSSL 3 only offers via the legacy provider.
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --openssl-legacy-provider`.trim() },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const ports = await waitForReady(child);
  project.provide('s3Endpoint', `http://127.0.0.1:${ports.s3}`);
  project.provide('sesEndpoint', `http://127.0.0.1:${ports.ses}`);
  return async () => {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  };
}

function waitForReady(child: ChildProcess): Promise<{ s3: number; ses: number }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`emulators did not start in 30 s: ${err}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\{.*\})/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(JSON.parse(match[1] as string) as { s3: number; ses: number });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulators exited with ${code}: ${err}`));
    });
  });
}
