import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../site/built-site.ts';

// Every page of the production build, in both colour schemes.
const paths = builtPages().map((page) => page.path);

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${scheme}: no console errors, no foreign requests, no axe violations`, async ({ page, baseURL }) => {
        // axe checks the contrast of every code token: the longest pages take tens of seconds on 2 cores.
        test.setTimeout(180_000);
        const origin = new URL(baseURL ?? '').origin;
        const errors: string[] = [];
        const foreign: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' && !(path === '/404.html' && /404/.test(message.text()))) errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
        });
        await page.addInitScript(() => {
          const violations: string[] = [];
          (window as unknown as { cspViolations: string[] }).cspViolations = violations;
          document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
        });
        await page.emulateMedia({ colorScheme: scheme });
        // The entry page forwards by language at once; `?choose` keeps it, to audit the page itself.
        await page.goto(path === '/' ? '/?choose' : path);
        await expect(page.locator('h1').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
        expect(foreign).toEqual([]);
      });
    }
  });
}
