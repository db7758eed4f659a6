import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/support/chromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores on CI and the team's machines; more workers only contend.
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The production build served like a static host, uncompressed (no test here is about compression):
  // `npm run build` must have run (npm test does it first).
  webServer: {
    command: `node tests/tools/serve-dist.ts --no-compress ${port}`,
    url: `http://127.0.0.1:${port}/zh/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
