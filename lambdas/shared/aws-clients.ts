/**
 * The SDK clients both functions use, built once per container. Endpoints come from the SDK's own
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL_SES variables (unset on AWS, set by the tests to the local emulators).
 */
import { Agent } from 'node:https';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';

/**
 * How long a request may take until its response headers arrive (sending its body included) before it is destroyed
 * and fails as a TimeoutError. Large archive PUTs pass a longer one per call (io/s3-archive.ts putTimeoutMs).
 */
export const S3_REQUEST_TIMEOUT_MS = 30_000;

export function makeS3Client(env: NodeJS.ProcessEnv = process.env, options: { maxAttempts?: number; requestTimeoutMs?: number } = {}): S3Client {
  return new S3Client({
    // SDK default (3) unless a caller retries itself: the article reads do, body included.
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    // Emulators and S3-compatible stores answer on one host name: bucket in the path, not the host.
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    // Checksums only where S3 requires them: the default CRC32 on every PUT adds nothing over TLS + MD5-less
    // small objects, and emulators reject the trailing-checksum encoding.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // Reading a day runs 16+ GETs at once: keep-alive sockets, and enough of them that the pool is the limit.
    requestHandler: {
      httpsAgent: new Agent({ keepAlive: true, maxSockets: 64 }),
      connectionTimeout: 5_000,
      requestTimeout: options.requestTimeoutMs ?? S3_REQUEST_TIMEOUT_MS,
      // Without it the SDK only logs a warning when requestTimeout passes and keeps waiting: a hung archive write
      // would then hold the invocation until the Lambda timeout. The timer stops at the response headers, so GETs
      // whose body could stall (articles, the previous day's continuity) have a deadline of their own, body
      // included (io/s3-capped-body.ts getCapped).
      throwOnRequestTimeout: true,
    },
  });
}

export function makeSesClient(): SESClient {
  return new SESClient({
    // Our sink retries with backoff itself (it knows which SES errors are worth retrying), so one SDK attempt.
    maxAttempts: 1,
    // A hung connection must become a retryable error, not a Lambda timeout with half the list unsent.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000, throwOnRequestTimeout: true },
  });
}
