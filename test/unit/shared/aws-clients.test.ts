import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '../../../lambdas/shared/aws-clients.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

describe('makeS3Client', () => {
  it('fails a request whose response never comes once requestTimeout passes, instead of only warning', async () => {
    // Accepts the connection and the request, never answers.
    server = createServer(() => {});
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // The SDK reads the endpoint and credentials from the environment when the client is built, as on Lambda.
    const vars = {
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKID',
      AWS_SECRET_ACCESS_KEY: 'SECRET',
    };
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]] as const));
    let timer: NodeJS.Timeout | undefined;
    Object.assign(process.env, vars);
    const client = makeS3Client({ S3_FORCE_PATH_STYLE: 'true' }, { maxAttempts: 1, requestTimeoutMs: 300 });
    try {
      const sent = client.send(new GetObjectCommand({ Bucket: 'a-bucket', Key: 'k.txt' }));
      const outcome = await Promise.race([
        sent.then(() => 'answered', (err: Error) => `${err.name}: ${err.message}`),
        new Promise((resolve) => (timer = setTimeout(() => resolve('still waiting'), 3_000))),
      ]);
      expect(outcome).toMatch(/^TimeoutError: .*300 ms requestTimeout/);
    } finally {
      clearTimeout(timer);
      client.destroy();
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
