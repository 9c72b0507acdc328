import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { synth, type Synthesised } from './synth.js';

let s: Synthesised;

beforeAll(() => {
  s = synth();
}, 240_000);

afterAll(() => rmSync(s.outdir, { recursive: true, force: true }));

const resourcesOf = (type: string) => s.template.findResources(type);

/** Issue 6: the digest handler bundle (esbuild, minified, SDK external, no mjml) is at most 1 MB. */
const BUNDLE_LIMIT_BYTES = 1024 * 1024;

function digestAssetDir(): string {
  const fn = Object.values(resourcesOf('AWS::Lambda::Function')).find((r) => String(r.Properties.Description).includes('builds and mails'));
  const hash = String(fn!.Properties.Code.S3Key).replace(/\.zip$/, '');
  return path.join(s.outdir, `asset.${hash}`);
}

describe('news-digest stack', () => {
  it('passes cdk-nag AwsSolutions with every finding fixed or acknowledged', () => {
    expect(s.violations).toEqual([]);
  });

  it('creates an encrypted, private, TLS-only bucket with archive lifecycle rules', () => {
    s.template.resourceCountIs('AWS::S3::Bucket', 1);
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'articles/', Status: 'Enabled', ObjectSizeGreaterThan: '131072', ExpirationInDays: 400, Transitions: [{ StorageClass: 'GLACIER_IR', TransitionInDays: 30 }] }),
          Match.objectLike({ Prefix: 'digests/', ObjectSizeGreaterThan: '131072', Transitions: [{ StorageClass: 'GLACIER_IR', TransitionInDays: 90 }] }),
          Match.objectLike({ Prefix: 'state/sent/', ExpirationInDays: 90 }),
          Match.objectLike({ Prefix: 'sidecars/', ExpirationInDays: 14 }),
        ]),
      },
    });
    s.template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('runs the digest function on arm64 with a current Node.js runtime, sized memory and timeout, and its own log group', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('builds and mails'),
      Runtime: Match.stringLikeRegexp('^nodejs(22|24)\\.x$'),
      Architectures: ['arm64'],
      MemorySize: 2048,
      Timeout: 300,
      Handler: 'index.handler',
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON', LogGroup: Match.anyValue() }),
      Environment: {
        Variables: Match.objectLike({
          ARTICLES_PREFIX: 'articles/',
          SENDER: 'digest@example.com',
          RECIPIENTS: 'a@example.com,b@example.org',
          TIME_ZONE: 'Europe/Berlin',
          SEND_EMPTY_DAY: 'false',
          CONFIGURATION_SET: Match.anyValue(),
          UNSUBSCRIBE_URL: Match.anyValue(),
          BUCKET: Match.anyValue(),
        }),
      },
    });
    const groups = Object.values(resourcesOf('AWS::Logs::LogGroup'));
    expect(groups).toHaveLength(4);
    for (const g of groups) expect(g.Properties.RetentionInDays).toBe(90);
  });

  it('grants the digest function exact S3 actions per prefix and SES sending only as the sender', () => {
    const policies = Object.entries(resourcesOf('AWS::IAM::Policy')).filter(([id]) => id.startsWith('DigestFunction'));
    expect(policies).toHaveLength(1);
    const statements = policies[0]![1].Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown; Condition?: unknown }[];
    const actions = statements.flatMap((st) => [st.Action].flat());
    expect(actions.every((a) => !a.includes('*'))).toBe(true);
    const json = JSON.stringify(statements);
    for (const prefix of ['/articles/*', '/digests/*', '/state/sent/*', '/state/unsubscribe-key']) expect(json).toContain(prefix);
    // It reads back the archived continuity.json (or, for older days, digest.json) of the day before (continuing
    // stories), nothing else it archived.
    const reads = statements.filter((st) => [st.Action].flat().includes('s3:GetObject')).map((st) => JSON.stringify(st.Resource));
    expect(reads.some((r) => r.includes('/digests/*/continuity.json'))).toBe(true);
    expect(reads.some((r) => r.includes('/digests/*/digest.json'))).toBe(true);
    expect(reads.some((r) => r.includes('/digests/*"'))).toBe(false);
    expect(json).not.toContain('/state/suppressions/*"');
    const ses = statements.find((st) => [st.Action].flat().includes('ses:SendRawEmail'));
    expect(ses?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'digest@example.com' } });
  });

  it('runs the ingest function on every article created under the prefix, with its own dead-letter queue and alarm', () => {
    const fns = Object.entries(resourcesOf('AWS::Lambda::Function')).filter(([, r]) => String(r.Properties.Description).includes('as it lands'));
    expect(fns).toHaveLength(1);
    const [fnId, fn] = fns[0]!;
    expect(fn.Properties).toMatchObject({
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 60,
      Environment: { Variables: expect.objectContaining({ ARTICLES_PREFIX: 'articles/', MAX_OBJECT_BYTES: '5242880', BUCKET: expect.anything() }) },
    });
    s.template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [{
          Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'articles/' }] } },
          LambdaFunctionArn: { 'Fn::GetAtt': [fnId, 'Arn'] },
        }],
      },
    });
    const invoke = Object.values(resourcesOf('AWS::Lambda::EventInvokeConfig')).find((r) => r.Properties.FunctionName.Ref === fnId);
    expect(invoke?.Properties).toMatchObject({ MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [expect.stringMatching(/^IngestDeadLetterQueue/), 'Arn'] } } } });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestDeadLetterQueue'), 'QueueName'] } }],
      AlarmDescription: Match.stringLikeRegexp('Ingest function'),
      AlarmActions: [Match.anyValue()],
    });
  });

  it('lets the ingest function read the day folders and write their sidecars, nothing else; the digest function reads sidecars', () => {
    const statementsOf = (prefix: string) => {
      const policies = Object.entries(resourcesOf('AWS::IAM::Policy')).filter(([id]) => id.startsWith(prefix));
      expect(policies).toHaveLength(1);
      return policies[0]![1].Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[];
    };
    const ingest = statementsOf('IngestFunction').map((st) => [st.Action, JSON.stringify(st.Resource).match(/"(\/[^"]*)"/)?.[1] ?? 'bucket or queue']);
    expect(ingest).toEqual([
      ['s3:ListBucket', 'bucket or queue'],
      ['s3:GetObject', '/articles/????-??-??/*'],
      ['s3:PutObject', '/sidecars/articles/????-??-??/*'],
      [['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'], 'bucket or queue'],
    ]);
    expect(JSON.stringify(statementsOf('DigestFunction'))).toContain('/sidecars/articles/????-??-??/*');
  });

  it('schedules the digest with EventBridge Scheduler: cron in the time zone, flexible window, retries and a DLQ', () => {
    s.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
      Target: Match.objectLike({
        Input: JSON.stringify({ source: 'news-digest.scheduler', scheduledTime: '<aws.scheduler.scheduled-time>' }),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: Match.anyValue() },
      }),
    });
    s.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    s.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('alarms on function errors, the dead-letter queue, recipients in doubt and unreadable articles, notifying the alarm topic', () => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [Match.anyValue()],
    });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Threshold: 1,
    });
    for (const metricName of ['InDoubt', 'Unreadable']) {
      s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: metricName,
        Namespace: 'NewsDigest',
        Dimensions: [{ Name: 'service', Value: 'news-digest' }],
        Threshold: 1,
        AlarmActions: [Match.anyValue()],
      });
    }
    expect(Object.keys(resourcesOf('AWS::CloudWatch::Alarm'))).toHaveLength(7);
    s.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
  });

  it('sets up SES: the sender identity, a configuration set with suppression, bounces and complaints to a topic', () => {
    s.template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'example.com' });
    s.template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
    s.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: Match.anyValue() },
      }),
    });
    s.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda' });
  });

  it('exposes the unsubscribe function through a public function URL (the token is the authorisation)', () => {
    s.template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE', InvokeMode: 'BUFFERED' });
  });

  it('lets the links endpoint read only the signing key and the archived web copies, and write only suppressions', () => {
    const policies = Object.entries(resourcesOf('AWS::IAM::Policy')).filter(([id]) => id.startsWith('UnsubscribeFunction'));
    expect(policies).toHaveLength(1);
    const statements = policies[0]![1].Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[];
    const byAction = (action: string) =>
      statements
        .filter((st) => [st.Action].flat().includes(action))
        .map((st) => JSON.stringify(st.Resource).match(/\/[^"]*"/)?.[0])
        .sort();
    expect(byAction('s3:GetObject')).toEqual(['/digests/*/digest.html"', '/state/unsubscribe-key"']);
    expect(byAction('s3:PutObject')).toEqual(['/state/suppressions/*"']);
    expect(byAction('s3:DeleteObject')).toEqual([]);
    const actions = statements.flatMap((st) => [st.Action].flat());
    expect(actions.every((a) => !a.includes('*'))).toBe(true);
    expect(actions.some((a) => a.startsWith('ses:'))).toBe(false);
  });

  it('outputs the bucket, the function name and a ready invoke command', () => {
    const outputs = s.template.findOutputs('*');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['BucketName', 'DigestFunctionName', 'InvokeCommand']));
    expect(JSON.stringify(outputs.InvokeCommand!.Value)).toContain('aws lambda invoke --function-name ');
    expect(JSON.stringify(outputs.InvokeCommand!.Value)).toContain('{\\"dryRun\\":true}');
    // A domain identity comes with the three DKIM CNAME records to publish.
    expect(Object.keys(outputs).filter((k) => k.includes('DkimRecord'))).toHaveLength(3);
  });

  it('bundles the digest function with esbuild, without mjml or typescript', () => {
    const assetDir = digestAssetDir();
    const files = readdirSync(assetDir);
    expect(files).toContain('index.js');
    const code = readFileSync(path.join(assetDir, 'index.js'), 'utf8');
    const map = readFileSync(path.join(assetDir, 'index.js.map'), 'utf8');
    expect(map).not.toMatch(/node_modules\/(mjml[a-z-]*|typescript)\//);
    expect(map).toContain('lambdas/digest/run.ts');
    // Mappings only: --enable-source-maps parses the map at every cold start (lib/function-defaults.ts).
    expect((JSON.parse(map) as { sourcesContent?: unknown }).sourcesContent).toBeUndefined();
    expect(code).toContain('SendRawEmail');
  });

  it('leaves the AWS SDK to the runtime: required at run time, never bundled', () => {
    const assetDir = digestAssetDir();
    const code = readFileSync(path.join(assetDir, 'index.js'), 'utf8');
    const map = readFileSync(path.join(assetDir, 'index.js.map'), 'utf8');
    expect(code).toMatch(/require\("@aws-sdk\/client-s3"\)/);
    expect(code).toMatch(/require\("@aws-sdk\/client-ses"\)/);
    expect(map).not.toMatch(/node_modules\/@aws-sdk\//);
    // A ceiling against regressions while the 1 MB target below is still open (it was 1.99 MB with the SDK).
    expect(statSync(path.join(assetDir, 'index.js')).size).toBeLessThan(1.3 * 1024 * 1024);
  });

  // zod must be imported as a namespace (`import * as z from 'zod'`) everywhere the Lambda reaches: a named
  // binding makes esbuild keep all of zod with its 40 locales (~440 KB instead of ~90 KB).
  it('keeps the digest bundle (esbuild, minified, SDK external, no mjml) within 1 MB (issue 6)', () => {
    const bytes = statSync(path.join(digestAssetDir(), 'index.js')).size;
    expect(bytes, `digest bundle is ${bytes} bytes; esbuild --metafile shows the size by package`).toBeLessThanOrEqual(BUNDLE_LIMIT_BYTES);
  });

  it('matches the normalised template snapshot', () => {
    const json = JSON.stringify(s.template.toJSON(), null, 1)
      // Asset hashes change with every code edit; the snapshot is about resources and their wiring.
      .replace(/[0-9a-f]{64}(\.zip)?/g, '<asset-hash>');
    expect(JSON.parse(json)).toMatchSnapshot();
  });
});
