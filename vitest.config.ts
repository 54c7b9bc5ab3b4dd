import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    globals: true,
    // One PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL); each test file gets its own database.
    globalSetup: ['src/server/platform/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
})
