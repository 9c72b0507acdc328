/**
 * What every function of the stack shares: a current Node.js runtime on arm64 (cheaper per GB-second),
 * bundled by the local esbuild (no Docker, works offline), its own log group with a retention, and
 * Powertools settings. Only `npx cdk synth` runs this; nothing here is needed at run time.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';


/** Where the functions' Powertools metrics land; the alarms read the same names. */
export const SERVICE_NAME = 'news-digest';
export const METRICS_NAMESPACE = 'NewsDigest';
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const RUNTIME = lambda.Runtime.NODEJS_24_X;

export interface AppFunctionProps {
  /** Path of the handler module, relative to the project root. */
  entry: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  logRetentionDays: number;
  environment: Record<string, string>;
  /** Shell commands run in the project root before esbuild (e.g. precompiling the email template). */
  beforeBundling?: string[];
}

export function appFunction(scope: Construct, id: string, props: AppFunctionProps): nodejs.NodejsFunction {
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
    retention: props.logRetentionDays as logs.RetentionDays,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const fn = new nodejs.NodejsFunction(scope, id, {
    entry: path.join(PROJECT_ROOT, props.entry),
    handler: 'handler',
    projectRoot: PROJECT_ROOT,
    depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
    runtime: RUNTIME,
    architecture: lambda.Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    description: props.description,
    logGroup,
    loggingFormat: lambda.LoggingFormat.JSON,
    environment: {
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      POWERTOOLS_LOG_LEVEL: 'INFO',
      ...props.environment,
    },
    bundling: {
      // The local esbuild: synth needs neither Docker nor a network.
      forceDockerBundling: false,
      target: 'node24',
      format: nodejs.OutputFormat.CJS,
      minify: true,
      sourceMap: true,
      // Mappings only, not a copy of every source file: with --enable-source-maps (above) Node parses the map
      // when it loads the bundle, and the sources made the digest's map 3.7 MB instead of 1.2 MB, about 55 ms
      // instead of 23 ms of every cold start (bench/bundle.ts). Stack traces still name file, line and column.
      sourcesContent: false,
      // The AWS SDK v3 is not bundled: the Node.js 22/24 runtimes ship it, so leaving it out takes about
      // 0.7 MB off the digest bundle (the budget is 1 MB) and off every cold start. Safe because we
      // only use the S3 and SES clients' long-stable commands and options. The trade: the SDK that runs is
      // the runtime's (AWS updates it on its own schedule), not the version the tests ran against; an option
      // newer than the runtime's SDK would be ignored (e.g. the SES client's throwOnRequestTimeout, where the
      // Lambda timeout is then the backstop). To pin our SDK again, bundle it: externalModules: [].
      externalModules: ['@aws-sdk/*'],
      // Non-ASCII as is rather than \uXXXX escapes (up to 6 bytes a character; about 90 KB of the digest bundle):
      // Node reads sources as UTF-8. (This aws-cdk-lib passes no `charset` prop to esbuild, hence the raw flag.)
      esbuildArgs: { '--charset': 'utf8' },
      // The template is precompiled; these build-time tools must never reach a bundle.
      ...(props.beforeBundling
        ? {
            commandHooks: {
              beforeBundling: (inputDir: string) => props.beforeBundling!.map((c) => `cd "${inputDir}" && ${c}`),
              beforeInstall: () => [],
              afterBundling: () => [],
            },
          }
        : {}),
    },
  });
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'The AWS-managed basic execution role only allows writing this function\'s own CloudWatch logs.',
  });
  return fn;
}
