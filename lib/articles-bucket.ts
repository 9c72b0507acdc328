/**
 * The bucket: articles in, digests and state out. Created here (encrypted, private, TLS-only, with lifecycle
 * rules that move old days to cheaper storage) or, when config names one, an existing bucket used as is.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DIGESTS_PREFIX, SENT_PREFIX, SIDECARS_PREFIX } from '../lambdas/shared/bucket-layout.js';

/** Glacier Instant Retrieval's minimum billable object size. */
const ARCHIVE_MIN_BYTES = 128 * 1024;

export interface ArticlesBucketProps {
  /** Name of an existing bucket; when absent a new one is created. */
  existingBucketName?: string;
  articlesPrefix: string;
}

export class ArticlesBucket extends Construct {
  readonly bucket: s3.IBucket;

  constructor(scope: Construct, id: string, props: ArticlesBucketProps) {
    super(scope, id);
    if (props.existingBucketName) {
      // No lookup: the name is enough to grant and to reference, and synth stays offline.
      this.bucket = s3.Bucket.fromBucketName(this, 'Bucket', props.existingBucketName);
      return;
    }
    const bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: false,
      // The archive is the record of what was sent: keep it when the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'articles-to-archive-tier',
          prefix: props.articlesPrefix || undefined,
          // Articles are read once, the morning after; afterwards they are only kept for reference. Only objects
          // over 128 KiB move: Glacier IR bills smaller ones as 128 KiB and each transition costs a request, so
          // moving a typical 20 KB article would cost more than keeping it in Standard.
          objectSizeGreaterThan: ARCHIVE_MIN_BYTES,
          transitions: [{ storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(30) }],
          expiration: Duration.days(400),
        },
        {
          id: 'digests-to-archive-tier',
          prefix: DIGESTS_PREFIX,
          objectSizeGreaterThan: ARCHIVE_MIN_BYTES,
          transitions: [{ storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(90) }],
        },
        {
          // A sent marker only has to outlive any plausible retry or manual re-run of its day.
          id: 'expire-sent-markers',
          prefix: SENT_PREFIX,
          expiration: Duration.days(90),
        },
        {
          // A sidecar only spares the morning run a parse. A manual run over an older day reads the raw articles
          // instead (a missing sidecar is the normal fallback), so two weeks covers every retry and resend.
          id: 'expire-sidecars',
          prefix: SIDECARS_PREFIX,
          expiration: Duration.days(14),
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
    });
    // The L2 writes the size as a number; the CloudFormation schema types it as a string (W9003).
    const cfnBucket = bucket.node.defaultChild as s3.CfnBucket;
    for (const rule of [0, 1]) {
      cfnBucket.addPropertyOverride(`LifecycleConfiguration.Rules.${rule}.ObjectSizeGreaterThan`, String(ARCHIVE_MIN_BYTES));
    }
    Validations.of(bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'A single-tenant bucket written by this stack and the operator; CloudTrail data events are the audit route when needed, and an access-log bucket would cost more than it tells.',
    });
    this.bucket = bucket;
  }
}
