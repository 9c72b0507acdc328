/**
 * The CDK app (`npx cdk synth|deploy`; cdk.json runs this with tsx). Configuration comes from cdk.json
 * context and is validated before any construct exists; cdk-nag's AWS Solutions checks run on every synth.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { configFromContext, ConfigError } from '../lib/config.js';
import { NewsDigestStack } from '../lib/news-digest-stack.js';

const app = new App();
let config;
try {
  config = configFromContext((key) => app.node.tryGetContext(key));
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
const stackName = (app.node.tryGetContext('stackName') as string | undefined) ?? 'NewsDigest';
// No env: the template is account- and region-agnostic, so synth needs no credentials.
new NewsDigestStack(app, stackName, { config, description: 'news-digest: daily news digest mailed with Amazon SES' });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
