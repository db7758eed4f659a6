import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (CI and these machines cannot download Playwright's
// browsers); elsewhere Playwright's own browser. CHROMIUM_PATH overrides both.
const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
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
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The production build served like a static host: `npm run build` must have run (npm test does it first).
  webServer: {
    command: `node tests/tools/serve-dist.ts ${port}`,
    url: `http://127.0.0.1:${port}/zh/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
