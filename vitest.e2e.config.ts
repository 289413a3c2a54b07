import { defineConfig } from 'vitest/config';

// Browser tests: the production build (dist/) in Debian's Chromium via playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
