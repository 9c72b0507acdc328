/**
 * The links endpoint: a function URL anyone can reach, behind the two links a digest carries. At its root the
 * one-click unsubscribe (mail clients POST to it, RFC 8058); at /view the archived web copy of a day (the bucket
 * is private). Each request is authorised by the HMAC on its token rather than by IAM, and the function may
 * read only the signing key and the web copies, and write only suppression records.
 *
 * Still called Unsubscribe in the construct tree: renaming it would replace the function and its URL, and
 * every link in digests already sent would stop working.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { appFunction } from './function-defaults.js';
import { grantBucketAccess } from './bucket-access.js';
import { DIGESTS_PREFIX, SUPPRESSIONS_PREFIX, UNSUBSCRIBE_KEY, WEB_COPY } from '../lambdas/shared/bucket-layout.js';

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
      description: 'news-digest: links endpoint (one-click unsubscribe, view in browser)',
      memorySize: 256,
      timeout: Duration.seconds(10),
      logRetentionDays: props.logRetentionDays,
      environment: { BUCKET: props.bucket.bucketName },
    });
    grantBucketAccess(this.fn, props.bucket, [
      { actions: ['s3:GetObject'], keys: UNSUBSCRIBE_KEY, why: 'the signing key that verifies tokens' },
      { actions: ['s3:PutObject'], keys: `${SUPPRESSIONS_PREFIX}*`, why: 'one suppression record per unsubscribed address' },
      { actions: ['s3:GetObject'], keys: `${DIGESTS_PREFIX}*/${WEB_COPY}`, why: 'the web copy of each day, served by the view-in-browser link' },
    ]);
    this.url = this.fn.addFunctionUrl({
      // Mail clients cannot sign requests: the token's HMAC is the authorisation.
      authType: lambda.FunctionUrlAuthType.NONE,
      invokeMode: lambda.InvokeMode.BUFFERED,
    });
    new CfnOutput(this, 'Url', { value: this.url.url, description: 'Links endpoint (function URL): unsubscribe at /, web copies at /view?d=YYYY-MM-DD&t=TOKEN' });
  }
}
