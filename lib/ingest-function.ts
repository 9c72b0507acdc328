/**
 * The ingest function (lambdas/ingest/handler.ts): S3 invokes it for every object created under the articles
 * prefix, and it writes the article's sidecar under sidecars/. It may read the day folders of the articles prefix
 * and write sidecars of them, nothing else. S3 invokes it asynchronously: an event that still fails after Lambda's
 * two retries goes to the function's own dead-letter queue (the article is then simply read raw by the daily run;
 * the queue says which sidecars are missing and why).
 */
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { appFunction } from './function-defaults.js';
import { grantBucketAccess } from './bucket-access.js';
import type { DigestStackConfig } from './config.js';
import { ENV } from '../lambdas/ingest/config.js';
import { SIDECARS_PREFIX } from '../lambdas/shared/bucket-layout.js';

export interface IngestFunctionProps {
  config: DigestStackConfig;
  bucket: s3.IBucket;
}

/** One folder per day under the prefix (`?` matches one character in an IAM resource). */
export const dayFolders = (prefix: string) => `${prefix}????-??-??/*`;

export class IngestFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: IngestFunctionProps) {
    super(scope, id);
    const { config, bucket } = props;
    this.fn = appFunction(this, 'Function', {
      entry: 'lambdas/ingest/handler.ts',
      description: 'news-digest: parses each article as it lands and writes its sidecar',
      memorySize: config.ingestMemoryMb,
      // One article of at most maxObjectBytes: seconds even for a large HTML page at a fraction of a vCPU.
      timeout: Duration.seconds(60),
      logRetentionDays: config.logRetentionDays,
      environment: {
        [ENV.bucket]: bucket.bucketName,
        [ENV.articlesPrefix]: config.prefix,
        [ENV.maxObjectBytes]: String(config.maxObjectBytes),
      },
    });

    grantBucketAccess(this.fn, bucket, [
      { actions: ['s3:GetObject'], keys: dayFolders(config.prefix), why: 'the article that just landed in a day folder' },
      { actions: ['s3:PutObject'], keys: `${SIDECARS_PREFIX}${dayFolders(config.prefix)}`, why: 'the sidecar of that article' },
    ]);

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the ingest function.',
    });
    this.fn.configureAsyncInvoke({
      retryAttempts: 2,
      // A sidecar is only worth making before the next morning's run reads the day.
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(this.deadLetterQueue),
    });

    // The prefix filter keeps the sidecars (and digests/, state/) from invoking the function at all; with an
    // empty prefix the handler itself ignores every key outside a day folder, its own sidecars included.
    bucket.addEventNotification(
      s3.EventType.OBJECT_CREATED,
      new s3n.LambdaDestination(this.fn),
      ...(config.prefix ? [{ prefix: config.prefix }] : []),
    );
    // CDK installs notifications through its own singleton custom-resource function (it keeps a named existing
    // bucket's other notifications: Managed false). Its role is CDK's, with the basic execution policy.
    const notificationsHandler = Stack.of(this).node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
    if (notificationsHandler) {
      Validations.of(notificationsHandler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK\'s own handler that installs the bucket notification; the AWS-managed basic role only writes its logs.',
      });
    }
  }
}
