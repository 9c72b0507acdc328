import { defineConfig } from 'vitest/config';

// The AWS tests (CDK synth, integration against local S3/SES emulators) are their own project, so only they
// start the emulators; everything runs in one `npm test`. Projects inherit the root settings (`extends: true`)
// and arrays are merged, so `include` lives in the projects only, or every file would run in both.
const AWS_TESTS = ['test/cdk/**/*.test.ts', 'test/integration/**/*.test.ts'];

export default defineConfig({
  test: {
    // The whole suite must pass on a fresh clone with nothing beside it: no ../shared here.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: AWS_TESTS } },
      {
        extends: true,
        test: {
          name: 'aws',
          include: AWS_TESTS,
          globalSetup: ['test/setup/emulators.ts'],
          // Synthesising with bundling takes a while on a shared 2-core machine.
          hookTimeout: 240_000,
          env: { POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_DEV: 'false' },
        },
      },
    ],
  },
});
