/** Clients and helpers for the local S3 (s3rver) and SES (aws-ses-v2-local) the globalSetup started. */
import { inject } from 'vitest';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { randomBytes } from 'node:crypto';

export const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function endpoints() {
  return { s3: inject('s3Endpoint'), ses: inject('sesEndpoint') };
}

/** Options for clients pointed elsewhere (a fault proxy, a closed port) or with the SDK's own retries off. */
export interface ClientOptions {
  endpoint?: string;
  maxAttempts?: number;
}

export function s3Client(options: ClientOptions = {}): S3Client {
  return new S3Client({
    endpoint: options.endpoint ?? endpoints().s3,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    region: 'us-east-1',
    credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function sesClient(options: ClientOptions = {}): SESClient {
  return new SESClient({
    endpoint: options.endpoint ?? endpoints().ses,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
    requestHandler: { requestTimeout: 5_000, throwOnRequestTimeout: true },
  });
}

/** The environment the stack gives the digest function, pointed at the emulators. */
export function lambdaEnv(bucket: string, recipients: string[]): Record<string, string> {
  return {
    BUCKET: bucket,
    ARTICLES_PREFIX: 'articles/',
    SENDER: 'digest@example.com',
    RECIPIENTS: recipients.join(','),
    TIME_ZONE: 'Europe/Berlin',
    UNSUBSCRIBE_URL: 'https://unsubscribe.example.test/',
    AWS_ENDPOINT_URL_S3: endpoints().s3,
    AWS_ENDPOINT_URL_SES: endpoints().ses,
    S3_FORCE_PATH_STYLE: 'true',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
  };
}

export async function newBucket(client: S3Client): Promise<string> {
  const name = `nd-${randomBytes(6).toString('hex')}`;
  await client.send(new CreateBucketCommand({ Bucket: name }));
  return name;
}

export async function putText(client: S3Client, bucket: string, key: string, body: string): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

export async function getText(client: S3Client, bucket: string, key: string): Promise<string> {
  const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return (await response.Body?.transformToString()) ?? '';
}

export async function listKeys(client: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const response = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (response.Contents ?? []).map((o) => o.Key ?? '').sort();
}

export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  at: number;
}

/** Mail aws-ses-v2-local received, read through its HTTP store. */
export async function receivedMail(): Promise<StoredEmail[]> {
  const response = await fetch(`${endpoints().ses}/store`);
  if (!response.ok) throw new Error(`SES store answered ${response.status}`);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

export async function mailTo(address: string): Promise<StoredEmail[]> {
  return (await receivedMail()).filter((m) => m.destination.to.some((t) => t.includes(address)));
}

/** A few short articles of our own (no corpus text): two outlets on one invented event, one on another. */
export const DAY_ARTICLES: Record<string, string> = {
  'harbor-times/bridge.txt':
    'City council approves new harbour bridge\n\nThe city council of Port Wendel voted 31 to 4 on Tuesday to build a new bridge across the harbour. "This bridge will connect the two halves of our city," Mayor Ilse Brandt said after the vote. The bridge is expected to cost 240 million euros and open in 2029.\n',
  'river-post/bridge.txt':
    'Port Wendel backs harbour bridge plan\n\nCouncillors in Port Wendel approved plans for a harbour bridge on Tuesday by 31 votes to 4. Mayor Ilse Brandt said the bridge "will connect the two halves of our city". Officials put the cost at 260 million euros, with opening planned for 2029.\n',
  'valley-news/orchard.json': JSON.stringify({
    source: 'Valley News',
    title: 'Orchard harvest breaks record',
    url: 'https://valley.example/orchard',
    text: 'Apple growers in the Eller valley reported a record harvest this autumn. The growers association said the crop reached 18,000 tonnes, up from 15,000 tonnes last year. "The late frost spared us," said association head Tomas Lind.',
  }),
};
