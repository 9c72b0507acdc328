/**
 * Structured JSON logs and CloudWatch metrics (Embedded Metric Format) through Powertools for AWS Lambda:
 * one JSON object per line with the request id and cold-start flag, and metrics without PutMetricData calls.
 * POWERTOOLS_SERVICE_NAME / POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_LOG_LEVEL come from the stack.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'news-digest' });

export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'NewsDigest',
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'news-digest',
});

export { MetricUnit } from '@aws-lambda-powertools/metrics';
