/**
 * The digest function and what it may touch: read the articles prefix and the archived digest.json files, write
 * digests/, its sent markers and the signing key, read the suppression list, send through SES. Async invocations (the schedule's) that still
 * fail after Lambda's retries go to the dead-letter queue.
 */
import { Duration } from 'aws-cdk-lib';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { appFunction } from './function-defaults.js';
import { grantBucketAccess } from './bucket-access.js';
import type { DigestStackConfig } from './config.js';
import type { Mail } from './mail.js';
import { ENV } from '../lambdas/digest/config.js';
import { CONTINUITY_JSON, DIGEST_JSON, DIGESTS_PREFIX, SENT_PREFIX, UNSUBSCRIBE_KEY } from '../lambdas/shared/bucket-layout.js';

export interface DigestFunctionProps {
  config: DigestStackConfig;
  bucket: s3.IBucket;
  mail: Mail;
  unsubscribeUrl: string;
  deadLetterQueue: sqs.IQueue;
}

export class DigestFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;

  constructor(scope: Construct, id: string, props: DigestFunctionProps) {
    super(scope, id);
    const { config, bucket, mail } = props;
    this.fn = appFunction(this, 'Function', {
      entry: 'lambdas/digest/handler.ts',
      description: 'news-digest: builds and mails the daily digest',
      memorySize: config.memoryMb,
      timeout: Duration.seconds(config.timeoutSeconds),
      logRetentionDays: config.logRetentionDays,
      // The email template is compiled from MJML at build time, so mjml never enters the bundle.
      beforeBundling: ['npm run --silent build:templates'],
      environment: {
        [ENV.bucket]: bucket.bucketName,
        [ENV.articlesPrefix]: config.prefix,
        [ENV.sender]: config.sender,
        [ENV.recipients]: config.recipients.join(','),
        [ENV.timeZone]: config.timeZone,
        [ENV.configurationSet]: mail.configurationSet.configurationSetName,
        [ENV.unsubscribeUrl]: props.unsubscribeUrl,
        [ENV.sendEmptyDay]: String(config.sendEmptyDay),
        [ENV.maxObjectBytes]: String(config.maxObjectBytes),
        [ENV.readConcurrency]: String(config.readConcurrency),
      },
    });

    grantBucketAccess(this.fn, bucket, [
      { actions: ['s3:GetObject'], keys: `${config.prefix}*`, why: 'the days of articles it digests' },
      { actions: ['s3:PutObject'], keys: `${DIGESTS_PREFIX}*`, why: 'the archive of each digest' },
      { actions: ['s3:GetObject'], keys: `${DIGESTS_PREFIX}*/${DIGEST_JSON}`, why: 'the day before\'s digest.json, for continuing stories' },
      { actions: ['s3:GetObject'], keys: `${DIGESTS_PREFIX}*/${CONTINUITY_JSON}`, why: 'the day before\'s continuity.json, for continuing stories' },
      { actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], keys: `${SENT_PREFIX}*`, why: 'one sent marker per day and recipient' },
      { actions: ['s3:GetObject', 's3:PutObject'], keys: UNSUBSCRIBE_KEY, why: 'the unsubscribe signing key, created on first use' },
    ]);
    mail.grantSend(this.fn, config.sender);

    this.fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(props.deadLetterQueue),
    });
  }
}
