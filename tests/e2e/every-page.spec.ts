/**
 * Every page of the production build, visited in Chromium:
 * - in the light scheme, one test per page: no console error, CSP violation or request to another origin,
 *   and no axe-core violation outside Shiki code blocks;
 * - in the dark scheme at a phone's width (390 px), one test per language that walks its pages in one browser
 *   tab: the same sweep without axe, plus no sideways scroll (a failure names each page).
 * Shiki's code blocks are left out of the per-page axe run because their token colours come from two fixed
 * themes: components.spec.ts audits them in both schemes on sample pages, and tests/site/code-contrast.test.ts
 * checks every token of every page without a browser.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../site/built-site.ts';
import { describeProblems, watchPageProblems } from '../support/page-problems.ts';

const paths = builtPages().map((page) => page.path);

/** The URL that shows a page itself: the entry page forwards by language at once unless `?choose` is set. */
const urlOf = (path: string) => (path === '/' ? '/?choose' : path);

/** The 404 page's own request for a missing URL is not an error of the site. */
const ignoreConsole = (path: string) => (text: string) => path === '/404.html' && /404/.test(text);

test.describe('every page, light scheme', () => {
  for (const path of paths) {
    test(`${path}: no console errors, CSP violations, foreign requests or axe violations`, async ({
      page,
      baseURL,
    }) => {
      const problems = await watchPageProblems(page, {
        origin: new URL(baseURL ?? '').origin,
        ignoreConsole: ignoreConsole(path),
      });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(urlOf(path));
      await expect(page.locator('h1').first()).toBeVisible();
      // Only violations are read: axe then skips serialising every passing node.
      const results = await new AxeBuilder({ page })
        .exclude('pre.astro-code')
        .options({ resultTypes: ['violations'] })
        .analyze();
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(violations).toEqual([]);
      expect(describeProblems(path, await problems.take())).toEqual([]);
    });
  }
});

test.describe('every page, dark scheme', () => {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const group = /^\/(zh|en)\//.exec(path)?.[1] ?? 'other';
    groups.set(group, [...(groups.get(group) ?? []), path]);
  }
  for (const [group, groupPaths] of groups) {
    test(`${group} pages (${groupPaths.length}) on a phone: no console errors, CSP violations, foreign requests or sideways scroll`, async ({
      page,
      baseURL,
    }) => {
      // About a second per page on two busy cores; the budget grows with the number of pages.
      test.setTimeout(30_000 + groupPaths.length * 10_000);
      let current = '';
      const problems = await watchPageProblems(page, {
        origin: new URL(baseURL ?? '').origin,
        ignoreConsole: (text) => ignoreConsole(current)(text),
      });
      await page.emulateMedia({ colorScheme: 'dark' });
      // A phone's width: a long word or a wide block must wrap or scroll inside its own box, never the page.
      await page.setViewportSize({ width: 390, height: 844 });
      const found: string[] = [];
      for (const path of groupPaths) {
        current = path;
        await page.goto(urlOf(path));
        await expect(page.locator('h1').first(), `${path} shows its title`).toBeVisible();
        found.push(...describeProblems(path, await problems.take()));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 390) found.push(`${path}: the page scrolls sideways at 390 px (${width} px wide)`);
      }
      expect(found).toEqual([]);
    });
  }
});
