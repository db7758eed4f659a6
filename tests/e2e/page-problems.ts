import type { Page } from '@playwright/test';

/**
 * Records what a page does wrong while a test drives it: console errors, uncaught exceptions and
 * Content-Security-Policy violations. Call before the first navigation.
 */
export async function watchPageProblems(page: Page, ignoreConsole: (text: string) => boolean = () => false) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignoreConsole(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    errors,
    /** The CSP violations the current document reported. */
    cspViolations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}
