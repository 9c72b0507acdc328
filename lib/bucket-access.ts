/**
 * Least-privilege bucket access by key pattern: exact actions (no `s3:Get*`-style wildcards), object ARNs under
 * one prefix or pattern, and the matching cdk-nag acknowledgement, since such an ARN necessarily holds a `*`.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';

/** How cdk-nag prints an object ARN of this bucket in an IAM5 finding id. */
function nagResource(bucket: s3.IBucket, pattern: string): string {
  const cfn = bucket.node.defaultChild;
  if (cfn instanceof s3.CfnBucket) return `<${Stack.of(bucket).getLogicalId(cfn)}.Arn>/${pattern}`;
  return `arn:<AWS::Partition>:s3:::${bucket.bucketName}/${pattern}`;
}

export interface ObjectAccess {
  actions: ('s3:GetObject' | 's3:PutObject' | 's3:DeleteObject')[];
  /** A key, a prefix ending in `*`, or a pattern with a `*` in the middle (one folder level per day). */
  keys: string;
  /** Why this function needs these objects (recorded with the acknowledgement). */
  why: string;
}

/**
 * Grants the function listing (so a missing key answers 404, not 403) and the given object access.
 * `policyScope` is the construct whose default policy receives the statements (for the acknowledgement).
 */
export function grantBucketAccess(
  grantee: iam.IGrantable & IConstruct,
  bucket: s3.IBucket,
  accesses: ObjectAccess[],
): void {
  const principal = grantee.grantPrincipal;
  principal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  for (const access of accesses) {
    principal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: access.actions, resources: [bucket.arnForObjects(access.keys)] }));
    if (access.keys.includes('*')) {
      Validations.of(grantee).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${nagResource(bucket, access.keys)}]`,
        reason: `Objects matching one key pattern only: ${access.why}`,
      });
    }
  }
}
