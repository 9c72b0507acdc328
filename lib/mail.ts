/**
 * SES: the sender identity, a configuration set every digest is sent through, and the feedback path:
 * bounces and complaints -> SNS topic -> feedback function -> suppression list in the bucket.
 */
import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { appFunction } from './function-defaults.js';
import { grantBucketAccess } from './bucket-access.js';
import { SUPPRESSIONS_PREFIX } from '../lambdas/shared/bucket-layout.js';

export interface MailProps {
  sender: string;
  /** A domain (DKIM, recommended) or an address; defaults to the sender address. */
  senderIdentity?: string;
  bucket: s3.IBucket;
  logRetentionDays: number;
}

export class Mail extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  readonly feedbackTopic: sns.Topic;
  readonly feedbackFunction: lambda.IFunction;
  private readonly identityName: string;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.identityName = props.senderIdentity ?? props.sender;
    this.identity = new ses.EmailIdentity(this, 'Identity', {
      identity: this.identityName.includes('@')
        ? ses.Identity.email(this.identityName)
        : ses.Identity.domain(this.identityName),
    });

    if (!this.identityName.includes('@')) {
      // Easy DKIM: SES signs every message (List-Unsubscribe included, as RFC 8058 requires) once these three
      // CNAME records exist in the domain's DNS.
      const id = this.identity;
      const records = [
        [id.dkimDnsTokenName1, id.dkimDnsTokenValue1],
        [id.dkimDnsTokenName2, id.dkimDnsTokenValue2],
        [id.dkimDnsTokenName3, id.dkimDnsTokenValue3],
      ];
      records.forEach(([name, value], i) => {
        new CfnOutput(this, `DkimRecord${i + 1}`, {
          description: `DKIM CNAME ${i + 1} of 3 to publish for ${this.identityName}`,
          value: `${name} CNAME ${value}`,
        });
      });
    }

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      // SES drops mail to addresses that bounced or complained before; the feedback function records them too.
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    this.feedbackTopic = new sns.Topic(this, 'FeedbackTopic', {
      displayName: 'news-digest SES bounces and complaints',
      enforceSSL: true,
    });
    Validations.of(this.feedbackTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'SES cannot publish to a topic encrypted with the AWS-managed SNS key; the messages carry only recipient addresses already held in the stack configuration, so a customer-managed KMS key is not worth its monthly cost here.',
    });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: ses.EventDestination.snsTopic(this.feedbackTopic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });

    const feedback = appFunction(this, 'FeedbackFunction', {
      entry: 'lambdas/unsubscribe/feedback-handler.ts',
      description: 'news-digest: records SES bounces and complaints in the suppression list',
      memorySize: 256,
      timeout: Duration.seconds(30),
      logRetentionDays: props.logRetentionDays,
      environment: { BUCKET: props.bucket.bucketName },
    });
    grantBucketAccess(feedback, props.bucket, [
      { actions: ['s3:PutObject'], keys: `${SUPPRESSIONS_PREFIX}*`, why: 'one suppression record per bounced or complaining address' },
    ]);
    this.feedbackTopic.addSubscription(new subscriptions.LambdaSubscription(feedback));
    this.feedbackFunction = feedback;
  }

  /** Lets a function send as the sender, through this configuration set, and nothing else. */
  grantSend(grantee: iam.IGrantable, sender: string): void {
    const stack = Stack.of(this);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['ses:SendRawEmail'],
        resources: [
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: this.identity.emailIdentityName }),
          stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.configurationSet.configurationSetName }),
        ],
        conditions: { StringEquals: { 'ses:FromAddress': sender } },
      }),
    );
  }
}
