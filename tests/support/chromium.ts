import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it is installed (CI and the team's machines cannot download Playwright's
 * browsers); elsewhere undefined, so Playwright uses its own browser. CHROMIUM_PATH overrides both.
 */
export const chromiumPath: string | undefined =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags for headless Chromium on a CI container: no sandbox, no GPU, no calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Launch options for `chromium.launch()` and Playwright's `use.launchOptions`. */
export const launchOptions = { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs };
