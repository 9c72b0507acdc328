/**
 * The daily trigger: an EventBridge Scheduler schedule (cron in the operator's time zone, so 07:00 stays 07:00
 * across daylight-saving changes) invoking the digest function with the scheduled time, a retry policy, and a
 * dead-letter queue for invocations that could not be delivered.
 */
import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { SCHEDULER_SOURCE } from '../lambdas/digest/events.js';

export interface DigestScheduleProps {
  fn: lambda.IFunction;
  /** `cron(...)` or `rate(...)`. */
  expression: string;
  timeZone: string;
  /** Flexible window in minutes; 0 fires on time. */
  windowMinutes: number;
  deadLetterQueue: sqs.IQueue;
}

export class DigestSchedule extends Construct {
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: DigestScheduleProps) {
    super(scope, id);
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: 'news-digest: the previous day\'s digest, every morning',
      schedule: scheduler.ScheduleExpression.expression(props.expression, TimeZone.of(props.timeZone)),
      timeWindow: props.windowMinutes > 0 ? scheduler.TimeWindow.flexible(Duration.minutes(props.windowMinutes)) : scheduler.TimeWindow.off(),
      target: new targets.LambdaInvoke(props.fn, {
        // The handler takes the day from the scheduled time, so a late retry still digests the right day.
        input: scheduler.ScheduleTargetInput.fromObject({ source: SCHEDULER_SOURCE, scheduledTime: scheduler.ContextAttribute.scheduledTime }),
        retryAttempts: 3,
        maxEventAge: Duration.hours(2),
        deadLetterQueue: props.deadLetterQueue,
      }),
    });
    // The L2 target grants invoke on the function and its versions (`arn:...:function:name:*`); the role is
    // created at stack level, so the acknowledgement goes there, naming exactly that resource.
    const stack = Stack.of(this);
    const fnLogicalId = stack.getLogicalId(props.fn.node.defaultChild as lambda.CfnFunction);
    Validations.of(stack).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${fnLogicalId}.Arn>:*]`,
      reason: 'The scheduler role may invoke only the digest function (any of its versions); nothing else.',
    });
  }
}
