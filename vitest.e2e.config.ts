import { defineConfig } from 'vitest/config';

// Browser tests: the built app (npm run build first) served by the built server on a free
// port with a fresh embedded database holding the demo data, driven by Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
