import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The whole suite must pass on a fresh clone with nothing beside it: no ../shared here.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
