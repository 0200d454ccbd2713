import { defineConfig } from 'vitest/config';

// Unit and integration tests: in-memory PGlite, or the PostgreSQL server of DATABASE_URL
// (a fresh database per test file) when it is set.
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
