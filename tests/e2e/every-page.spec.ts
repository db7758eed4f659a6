import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../site/built-site.ts';
import { watchPageProblems } from './page-problems.ts';

// Every page of the production build, in both colour schemes.
const paths = builtPages().map((page) => page.path);

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${scheme}: no console errors, no foreign requests, no axe violations`, async ({ page, baseURL }) => {
        // axe checks the contrast of every code token: the longest pages take tens of seconds on 2 cores.
        test.setTimeout(180_000);
        const origin = new URL(baseURL ?? '').origin;
        const problems = await watchPageProblems(page, (text) => path === '/404.html' && /404/.test(text));
        const foreign: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
        });
        await page.emulateMedia({ colorScheme: scheme });
        // The entry page forwards by language at once; `?choose` keeps it, to audit the page itself.
        await page.goto(path === '/' ? '/?choose' : path);
        await expect(page.locator('h1').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
        expect(problems.errors).toEqual([]);
        expect(await problems.cspViolations()).toEqual([]);
        expect(foreign).toEqual([]);
      });
    }
  });
}
