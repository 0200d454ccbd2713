import { defineConfig } from 'vitest/config';

// Suites that need a PostgreSQL server (several processes, jobs); .ci/run runs them with DATABASE_URL.
export default defineConfig({
  test: {
    include: ['tests/server-db/**/*.test.ts'],
    setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/require-database-url.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
