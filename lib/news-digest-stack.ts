/**
 * The whole deployment: bucket, SES identity and configuration set with the feedback path, the digest function
 * on a schedule with its dead-letter queue and alarms, and the unsubscribe endpoint. Environment-agnostic
 * (no account or region lookups), so `cdk synth` runs offline.
 */
import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DigestStackConfig } from './config.js';
import { ArticlesBucket } from './articles-bucket.js';
import { Mail } from './mail.js';
import { UnsubscribeEndpoint } from './unsubscribe-endpoint.js';
import { DigestFunction } from './digest-function.js';
import { DigestSchedule } from './schedule.js';
import { DigestAlarms } from './alarms.js';
import { IngestFunction, dayFolders } from './ingest-function.js';
import { grantBucketAccess } from './bucket-access.js';
import { SIDECARS_PREFIX } from '../lambdas/shared/bucket-layout.js';
import { METRICS_NAMESPACE, SERVICE_NAME } from './function-defaults.js';

export interface NewsDigestStackProps extends StackProps {
  config: DigestStackConfig;
}

export class NewsDigestStack extends Stack {
  readonly digest: DigestFunction;
  readonly ingest: IngestFunction | undefined;

  constructor(scope: Construct, id: string, props: NewsDigestStackProps) {
    super(scope, id, props);
    const { config } = props;

    const { bucket } = new ArticlesBucket(this, 'Articles', {
      existingBucketName: config.bucket,
      articlesPrefix: config.prefix,
    });
    const mail = new Mail(this, 'Mail', {
      sender: config.sender,
      senderIdentity: config.senderIdentity,
      bucket,
      logRetentionDays: config.logRetentionDays,
    });
    const unsubscribe = new UnsubscribeEndpoint(this, 'Unsubscribe', { bucket, logRetentionDays: config.logRetentionDays });

    const deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the schedule and of the digest function.',
    });

    this.digest = new DigestFunction(this, 'Digest', {
      config,
      bucket,
      mail,
      unsubscribeUrl: unsubscribe.url.url,
      deadLetterQueue,
    });
    new DigestSchedule(this, 'Schedule', {
      fn: this.digest.fn,
      expression: config.schedule,
      timeZone: config.timeZone,
      windowMinutes: config.window,
      deadLetterQueue,
    });
    if (config.ingest) {
      this.ingest = new IngestFunction(this, 'Ingest', { config, bucket });
      // The daily run takes each article from its sidecar when the sidecar is fresh (lambdas/digest/read-day.ts).
      grantBucketAccess(this.digest.fn, bucket, [
        { actions: ['s3:GetObject'], keys: `${SIDECARS_PREFIX}${dayFolders(config.prefix)}`, why: 'the sidecars of the day it digests' },
      ]);
    }
    new DigestAlarms(this, 'Alarms', {
      functions: { Digest: this.digest.fn, Unsubscribe: unsubscribe.fn, Feedback: mail.feedbackFunction },
      deadLetterQueue,
      ...(this.ingest
        ? { moreDeadLetterQueues: [{ name: 'Ingest', queue: this.ingest.deadLetterQueue, what: 'an article landed and no sidecar was written after retries (the daily run reads it raw)' }] }
        : {}),
      alarmEmail: config.alarmEmail,
      metricsNamespace: METRICS_NAMESPACE,
      serviceName: SERVICE_NAME,
    });

    const fnName = this.digest.fn.functionName;
    new CfnOutput(this, 'BucketName', { value: bucket.bucketName, description: 'Articles go under ' + config.prefix + 'YYYY-MM-DD/' });
    new CfnOutput(this, 'DigestFunctionName', { value: fnName });
    new CfnOutput(this, 'InvokeCommand', {
      description: 'Dry run of yesterday\'s digest (renders and archives, sends nothing)',
      value: `aws lambda invoke --function-name ${fnName} --cli-binary-format raw-in-base64-out --payload '{"dryRun":true}' /dev/stdout`,
    });
  }
}
