/**
 * Geometry at a phone, a tablet and a desktop width: the search dialog, the search page, a comparison
 * table, an example with its Run controls and an example's timeline. Nothing may be wider than the viewport, no text column
 * narrower than about 12 em, and results must be on screen. Each test attaches a screenshot.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';

const widths = [390, 1024, 1440] as const;
const minColumnEm = 12;

/** Fails when the page scrolls sideways: something is wider than the viewport. */
async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
}

/** Fails when an element's box leaves the viewport horizontally. */
async function expectInsideViewport(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, `${what} has no box`).not.toBeNull();
  expect(box!.x, `${what} starts left of the viewport`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends right of the viewport`).toBeLessThanOrEqual(width + 0.5);
}

/** Fails when a block of text is narrower than `minColumnEm` of its own font size. */
async function expectReadableColumn(locator: Locator, what: string) {
  const { width, fontSize } = await locator.evaluate((element) => ({
    width: element.getBoundingClientRect().width,
    fontSize: parseFloat(getComputedStyle(element).fontSize),
  }));
  expect(width / fontSize, `${what} is ${Math.round(width)} px wide`).toBeGreaterThanOrEqual(minColumnEm);
}

/** Saves a screenshot in the test's output folder (test-results/) and attaches it to the report. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const width of widths) {
  test.describe(`layout at ${width} px`, () => {
    test.use({ viewport: { width, height: 860 } });

    for (const [lang, query, name] of [
      ['zh', '事件循环', '搜索指南'],
      ['en', 'event loop', 'Search the guide'],
    ] as const) {
      test(`search dialog (${lang})`, async ({ page }, testInfo) => {
        await page.goto(`/${lang}/concepts/tasks/`);
        await page.keyboard.press('/');
        const dialog = page.getByRole('dialog', { name });
        await dialog.getByRole('combobox').fill(query);
        const options = dialog.getByRole('option');
        await expect(options.nth(2)).toBeVisible();
        await expectInsideViewport(page, dialog, 'the dialog');
        // Several results on screen at once, each title and excerpt a readable column.
        for (const index of [0, 1, 2]) await expect(options.nth(index)).toBeInViewport();
        await expectReadableColumn(dialog.locator('.search-row-title').first(), 'a result title');
        await expectReadableColumn(dialog.locator('.search-row-excerpt').first(), 'a result excerpt');
        await expectReadableColumn(dialog.getByRole('combobox'), 'the search field');
        await expectNoHorizontalOverflow(page);
        await attachScreenshot(page, testInfo, `search-dialog-${lang}-${width}`);
      });
    }

    test('search page', async ({ page }, testInfo) => {
      await page.goto(`/zh/search/?q=${encodeURIComponent('事件循环')}`);
      const results = page.locator('main .search-row');
      await expect(results.nth(2)).toBeVisible();
      await expectReadableColumn(page.locator('main .search-row-excerpt').first(), 'a result excerpt');
      await expectInsideViewport(page, results.first(), 'the first result');
      await expectNoHorizontalOverflow(page);
      await attachScreenshot(page, testInfo, `search-page-${width}`);
    });

    test('comparison table', async ({ page }, testInfo) => {
      await page.goto('/en/libraries/');
      const table = page.getByRole('table').first();
      await expect(table).toBeVisible();
      // A wide table may scroll inside its own box; the box itself stays within the viewport.
      const scroller = table.locator('xpath=..');
      await expectInsideViewport(page, scroller, 'the table box');
      await expectReadableColumn(page.locator('main p').first(), 'the text above the table');
      await expectNoHorizontalOverflow(page);
      await attachScreenshot(page, testInfo, `comparison-table-${width}`);
    });

    test('example with Run controls', async ({ page }, testInfo) => {
      await page.goto('/en/concepts/event-loop/');
      const run = page.getByRole('button', { name: /^Run/ }).first();
      await run.scrollIntoViewIfNeeded();
      await expect(run).toBeVisible();
      const example = page.locator('figure.example').filter({ has: run });
      await expectInsideViewport(page, example, 'the example');
      await expectInsideViewport(page, run, 'the Run button');
      await expectReadableColumn(example.locator('.example-code'), 'the example code');
      await expectReadableColumn(example.locator('.example-output'), 'the example output');
      await expectNoHorizontalOverflow(page);
      await attachScreenshot(page, testInfo, `example-run-${width}`);
    });

    test('timeline of an example, with its text version open', async ({ page }, testInfo) => {
      await page.goto('/zh/apis/synchronization/');
      const timeline = page.getByRole('figure', { name: 'semaphore_limit.py 的时间线' });
      await timeline.scrollIntoViewIfNeeded();
      await timeline.getByText('文字版').click();
      await expectInsideViewport(page, timeline, 'the timeline');
      await expectInsideViewport(page, timeline.getByRole('table'), 'its text table');
      // The SVG scales with its column: its 12.5-unit lane labels must stay at 10 px or more.
      const labelPx = await timeline.getByRole('img').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return (box.width / (svg as SVGSVGElement).viewBox.baseVal.width) * 12.5;
      });
      expect(labelPx, 'lane labels are drawn too small to read').toBeGreaterThanOrEqual(10);
      const table = await timeline.locator('.timeline-table').evaluate((box) => box.scrollWidth - box.clientWidth);
      expect(table, 'the text table scrolls sideways').toBeLessThanOrEqual(0);
      await expectNoHorizontalOverflow(page);
      await attachScreenshot(page, testInfo, `timeline-${width}`);
    });
  });
}
