/**
 * The unsubscribe endpoint: a function URL anyone can reach (mail clients POST to it for one-click
 * unsubscribe, RFC 8058), protected by the HMAC on each token rather than by IAM.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { appFunction } from './function-defaults.js';
import { grantBucketAccess } from './bucket-access.js';
import { SUPPRESSIONS_PREFIX, UNSUBSCRIBE_KEY } from '../lambdas/shared/bucket-layout.js';

export interface UnsubscribeEndpointProps {
  bucket: s3.IBucket;
  logRetentionDays: number;
}

export class UnsubscribeEndpoint extends Construct {
  readonly fn: nodejs.NodejsFunction;
  readonly url: lambda.FunctionUrl;

  constructor(scope: Construct, id: string, props: UnsubscribeEndpointProps) {
    super(scope, id);
    this.fn = appFunction(this, 'Function', {
      entry: 'lambdas/unsubscribe/handler.ts',
      description: 'news-digest: one-click unsubscribe endpoint',
      memorySize: 256,
      timeout: Duration.seconds(10),
      logRetentionDays: props.logRetentionDays,
      environment: { BUCKET: props.bucket.bucketName },
    });
    grantBucketAccess(this.fn, props.bucket, [
      { actions: ['s3:GetObject'], keys: UNSUBSCRIBE_KEY, why: 'the signing key that verifies tokens' },
      { actions: ['s3:PutObject'], keys: `${SUPPRESSIONS_PREFIX}*`, why: 'one suppression record per unsubscribed address' },
    ]);
    this.url = this.fn.addFunctionUrl({
      // Mail clients cannot sign requests: the token's HMAC is the authorisation.
      authType: lambda.FunctionUrlAuthType.NONE,
      invokeMode: lambda.InvokeMode.BUFFERED,
    });
    new CfnOutput(this, 'Url', { value: this.url.url, description: 'Unsubscribe endpoint (function URL)' });
  }
}
