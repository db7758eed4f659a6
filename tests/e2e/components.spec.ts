/**
 * axe-core in both colour schemes, code blocks included, on one page per kind of component: a page with
 * a runnable example and a diagram, an example's timeline, a comparison table, the search dialog with results,
 * the search page, the 404 page, the language entry page, callouts and the page with the most code blocks.
 * every-page.spec.ts audits every page once in the light scheme without code blocks; this spec proves the
 * parts that look the same everywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

interface Sample {
  name: string;
  /** Brings the page into the state to audit. */
  open: (page: Page) => Promise<void>;
}

const samples: Sample[] = [
  {
    name: 'a page with runnable examples and a diagram (/en/concepts/event-loop/)',
    open: async (page) => {
      await page.goto('/en/concepts/event-loop/');
      await expect(page.getByRole('img', { name: /^One iteration of the event loop/ })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Run .+ in your browser$/ }).first()).toBeVisible();
    },
  },
  {
    name: 'a timeline with its text version open (/zh/apis/concurrency/)',
    open: async (page) => {
      await page.goto('/zh/apis/concurrency/');
      const timeline = page.getByRole('figure', { name: 'gather_basic.py 的时间线' });
      await timeline.scrollIntoViewIfNeeded();
      await timeline.getByText('文字版').click();
      await expect(timeline.getByRole('img', { name: 'gather_basic.py 的时间线' })).toBeVisible();
      await expect(timeline.getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'a comparison table (/zh/libraries/)',
    open: async (page) => {
      await page.goto('/zh/libraries/');
      await expect(page.getByRole('table').first()).toBeVisible();
    },
  },
  {
    name: 'the search dialog with results (/zh/)',
    open: async (page) => {
      await page.goto('/zh/');
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: '搜索指南' });
      await dialog.getByRole('combobox').fill('事件循环');
      await expect(dialog.getByRole('option').first()).toBeVisible();
    },
  },
  {
    name: 'the search page with results (/en/search/?q=event loop)',
    open: async (page) => {
      await page.goto('/en/search/?q=event%20loop');
      await expect(
        page
          .locator('main')
          .getByRole('link', { name: /event loop/i })
          .first(),
      ).toBeVisible();
    },
  },
  {
    name: 'the 404 page',
    open: async (page) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').first()).toBeVisible();
    },
  },
  {
    name: 'the language entry page (/?choose)',
    open: async (page) => {
      await page.goto('/?choose');
      await expect(page.locator('h1').first()).toBeVisible();
    },
  },
  {
    name: 'a caution callout (/zh/apis/timeouts/)',
    open: async (page) => {
      await page.goto('/zh/apis/timeouts/');
      // A callout is a note named by its title, which is read once; this page has two cautions.
      await expect(page.getByRole('note', { name: '警告' })).toHaveCount(2);
      await expect(page.getByRole('note', { name: '警告' }).first()).toBeVisible();
    },
  },
  {
    name: 'a note callout (/en/concepts/coroutines/)',
    open: async (page) => {
      await page.goto('/en/concepts/coroutines/');
      await expect(page.getByRole('note', { name: 'Note' })).toBeVisible();
    },
  },
  {
    name: 'the page with the most code blocks (/en/testing/)',
    open: async (page) => {
      await page.goto('/en/testing/');
      await expect(page.locator('pre').first()).toBeVisible();
    },
  },
];

for (const sample of samples) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${sample.name}, ${scheme}: no axe violations, code blocks included`, async ({ page }) => {
      // axe checks the contrast of every code token: about a thousand spans on /en/testing/.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await sample.open(page);
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(violations).toEqual([]);
    });
  }
}
