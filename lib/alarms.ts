/**
 * Alarms an operator must hear about: a function error, anything in a dead-letter queue, a recipient whose
 * delivery is in doubt after a crash (deliberately never resent without `force`), and articles that could not be read.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Validations } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export interface DigestAlarmsProps {
  /** Each function by the name the alarm description uses. */
  functions: Record<string, lambda.IFunction>;
  deadLetterQueue: sqs.IQueue;
  /** Other functions' dead-letter queues: an alarm `<name>DeadLetters` each, saying what a message there means. */
  moreDeadLetterQueues?: { name: string; queue: sqs.IQueue; what: string }[];
  alarmEmail?: string;
  /** Where the digest handler's own metrics land (POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME). */
  metricsNamespace: string;
  serviceName: string;
}

export class DigestAlarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: DigestAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'AlarmTopic', { displayName: 'news-digest alarms', enforceSSL: true });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason: 'Alarm notifications carry alarm names and states only, nothing confidential.',
    });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    const action = new actions.SnsAction(this.topic);

    // Every alarm here fires on the first occurrence and notifies the topic; only the metric differs.
    const alarmOn = (id: string, description: string, metric: cloudwatch.IMetric) => {
      const alarm = new cloudwatch.Alarm(this, id, {
        alarmDescription: `news-digest: ${description}`,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      this.alarms.push(alarm);
    };

    for (const [name, fn] of Object.entries(props.functions)) {
      alarmOn(`${name}Errors`, `the ${name} function failed (see its log group)`,
        fn.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }));
    }
    alarmOn('DeadLetters', 'an invocation landed in the dead-letter queue (the digest was not delivered)',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }));
    for (const { name, queue, what } of props.moreDeadLetterQueues ?? []) {
      alarmOn(`${name}DeadLetters`, `an invocation of the ${name} function landed in its dead-letter queue: ${what}`,
        queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }));
    }

    // Emitted by the digest handler through Powertools (Embedded Metric Format, dimension `service`).
    for (const [metricName, description] of [
      ['InDoubt', 'a recipient may or may not have received the digest after a crash: check and resend with force'],
      ['Unreadable', 'articles of the day could not be read from S3 and are missing from the digest'],
    ] as const) {
      alarmOn(metricName, description, new cloudwatch.Metric({
        namespace: props.metricsNamespace,
        metricName,
        dimensionsMap: { service: props.serviceName },
        period: Duration.hours(1),
        statistic: cloudwatch.Stats.SUM,
      }));
    }
  }
}
