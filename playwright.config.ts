import { defineConfig } from '@playwright/test'

// Browser tests drive Debian's Chromium (never `playwright install`) against the real server on a
// fresh data directory (scripts/e2e-server.sh). One worker: the server rate-limits logins per IP
// (20 a minute), and the whole suite stays under that with one login per role and flow.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: 'http://127.0.0.1:3210',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: 'http://127.0.0.1:3210/api/health',
    reuseExistingServer: false,
    timeout: 120_000,
    // SIGTERM lets the server stop its embedded PostgreSQL; a hard kill would leave it running.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
