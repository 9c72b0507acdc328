/** Builds the stack the way bin/app.ts does, with cdk-nag, into a temporary cloud assembly. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { configFromContext } from '../../lib/config.js';
import { NewsDigestStack } from '../../lib/news-digest-stack.js';

export const BASE_CONTEXT = {
  sender: 'digest@example.com',
  senderIdentity: 'example.com',
  recipients: ['a@example.com', 'b@example.org'],
  schedule: 'cron(0 7 * * ? *)',
  timeZone: 'Europe/Berlin',
  prefix: 'articles/',
  window: 15,
  alarmEmail: 'ops@example.com',
};

export interface Violation {
  rule: string;
  paths: string[];
}

export interface Synthesised {
  stack: NewsDigestStack;
  template: Template;
  outdir: string;
  violations: Violation[];
}

export function synth(context: Record<string, unknown> = {}, options: { bundle?: boolean } = {}): Synthesised {
  const outdir = mkdtempSync(path.join(tmpdir(), 'news-digest-cdk-'));
  const app = new App({
    outdir,
    context: {
      ...BASE_CONTEXT,
      ...context,
      // Bundling (esbuild + the template build) is slow; variants that only check the template skip it.
      ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}),
    },
  });
  let config;
  try {
    config = configFromContext((key) => app.node.tryGetContext(key));
  } catch (err) {
    rmSync(outdir, { recursive: true, force: true });
    throw err;
  }
  const stack = new NewsDigestStack(app, 'NewsDigest', { config });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  try {
    app.synth();
  } catch (err) {
    if (!existsSync(path.join(outdir, 'validation-report.json'))) throw err;
    // A failing validation throws after writing its report; the report is what the tests assert on.
  }
    // Read the written template: Template.fromStack would synthesise again and throw on the first nag finding.
  const template = Template.fromJSON(JSON.parse(readFileSync(path.join(outdir, `${stack.artifactId}.template.json`), 'utf8')));
  return { stack, template, outdir, violations: readViolations(outdir) };
}

function readViolations(outdir: string): Violation[] {
  const file = path.join(outdir, 'validation-report.json');
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    pluginReports: { violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[];
  };
  return report.pluginReports.flatMap((p) =>
    p.violations.map((v) => ({ rule: v.ruleName, paths: v.violatingConstructs.map((c) => c.constructPath) })),
  );
}
