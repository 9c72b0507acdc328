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
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKID',
      AWS_SECRET_ACCESS_KEY: 'SECRET',
    });
    const client = makeS3Client({ S3_FORCE_PATH_STYLE: 'true' }, { maxAttempts: 1, requestTimeoutMs: 300 });
    const sent = client.send(new GetObjectCommand({ Bucket: 'a-bucket', Key: 'k.txt' }));
    const outcome = await Promise.race([
      sent.then(() => 'answered', (err: Error) => `${err.name}: ${err.message}`),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 3_000)),
    ]);
    client.destroy();
    process.env = saved;
    expect(outcome).toMatch(/^TimeoutError: .*300 ms requestTimeout/);
  });
});
