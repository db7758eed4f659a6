import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The comparison table of the page, found by its caption. */
const table = (page: Page, caption: RegExp) => page.getByRole('table', { name: caption });

test.describe('comparison tables: filter', () => {
  test('the filter keeps matching rows, announces the count and goes into the URL', async ({ page }) => {
    await page.goto('/zh/libraries/');
    const libraries = table(page, /常用同步库与对应的异步库/);
    const rowCount = await libraries.locator('tbody tr[id]').count();
    expect(rowCount).toBeGreaterThan(15);
    const status = page.locator('comparison-table').getByRole('status');
    await expect(status).toHaveText(`显示 ${rowCount} / ${rowCount} 行`);

    await page.getByRole('searchbox', { name: '筛选表格' }).fill('Motor');
    await expect(libraries.getByRole('rowheader', { name: /MongoDB/ })).toBeVisible();
    await expect(libraries.getByRole('rowheader', { name: /PostgreSQL/ })).toBeHidden();
    await expect(status).toHaveText(`显示 1 / ${rowCount} 行`);
    await expect(page).toHaveURL(/\/zh\/libraries\/\?filter=Motor$/);

    // A shared link restores the filtered view.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: '筛选表格' })).toHaveValue('Motor');
    await expect(libraries.getByRole('rowheader', { name: /PostgreSQL/ })).toBeHidden();

    await page.getByRole('searchbox', { name: '筛选表格' }).fill('');
    await expect(libraries.getByRole('rowheader', { name: /PostgreSQL/ })).toBeVisible();
    await expect(page).toHaveURL(/\/zh\/libraries\/$/);
  });

  test('English and Chinese words match on either language page', async ({ page }) => {
    await page.goto('/en/libraries/?filter=%E5%AD%90%E8%BF%9B%E7%A8%8B');
    const libraries = table(page, /sync libraries and their async counterparts/i);
    await expect(libraries.getByRole('rowheader', { name: /Subprocesses/ })).toBeVisible();
    await expect(libraries.getByRole('rowheader', { name: /^Redis/ })).toBeHidden();

    await page.goto('/zh/libraries/?filter=deprecated');
    const zh = table(page, /常用同步库与对应的异步库/);
    await expect(zh.getByRole('rowheader', { name: /^Redis/ })).toBeVisible();
    await expect(zh.getByRole('rowheader', { name: /MongoDB/ })).toBeVisible();
    await expect(zh.getByRole('rowheader', { name: /SQLite/ })).toBeHidden();
  });

  test('no match says so', async ({ page }) => {
    await page.goto('/en/libraries/');
    await page.getByRole('searchbox', { name: 'Filter the table' }).fill('no-such-library-xyz');
    await expect(page.locator('comparison-table').getByRole('status')).toContainText(
      'No rows match “no-such-library-xyz”',
    );
    await expect(page.getByText('No rows match “no-such-library-xyz”.', { exact: true })).toBeVisible();
  });
});

test.describe('comparison tables: sort', () => {
  test('column headers sort ascending, descending, then back to the data order', async ({ page }) => {
    await page.goto('/en/frameworks/web-frameworks/');
    const frameworks = table(page, /Async web frameworks compared/);
    const header = frameworks.getByRole('columnheader', { name: 'Framework' });
    const firstRow = frameworks.getByRole('rowheader').first();
    await expect(firstRow).toContainText('FastAPI');
    await expect(header).not.toHaveAttribute('aria-sort');

    await header.getByRole('button', { name: 'Framework' }).click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(firstRow).toContainText('aiohttp');

    await header.getByRole('button', { name: 'Framework' }).click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(firstRow).toContainText('Tornado');

    await header.getByRole('button', { name: 'Framework' }).click();
    await expect(header).not.toHaveAttribute('aria-sort');
    await expect(firstRow).toContainText('FastAPI');
  });

  test('a feature column sorts by support level, best first', async ({ page }) => {
    await page.goto('/en/frameworks/web-frameworks/');
    const frameworks = table(page, /Async web frameworks compared/);
    const http2 = frameworks.getByRole('columnheader', { name: 'HTTP/2' });
    await http2.getByRole('button').click();
    await expect(http2).toHaveAttribute('aria-sort', 'ascending');
    // The order follows the data, whatever it says: every row with better support comes before every row with less.
    const levels = await frameworks
      .locator('tbody td[data-column="http2"] .cmp-support')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-support')));
    const rank = { yes: 0, partial: 1, no: 2 } as Record<string, number>;
    const ranks = levels.map((level) => rank[level ?? ''] ?? 3);
    expect(ranks.length).toBeGreaterThan(2);
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

test.describe('comparison tables: links to rows', () => {
  test('a deep link targets and shows its row', async ({ page }) => {
    await page.goto('/zh/libraries/#redis');
    const row = page.locator('tr#redis');
    await expect(row).toBeInViewport();
    await expect(page.locator('tr:target')).toHaveAttribute('id', 'redis');
    await expect(row.getByRole('link', { name: '本行链接：Redis' })).toHaveAttribute('href', '#redis');
  });

  test('a deep link to a row hidden by the filter clears the filter', async ({ page }) => {
    await page.goto('/en/libraries/?filter=grpc#redis');
    await expect(page.locator('tr#redis')).toBeInViewport();
    await expect(page.getByRole('searchbox', { name: 'Filter the table' })).toHaveValue('');
    await expect(page).toHaveURL(/\/en\/libraries\/#redis$/);
  });

  test('asyncio-vs-Tornado rows have their own anchors', async ({ page }) => {
    await page.goto('/en/frameworks/asyncio-vs-tornado/#event-loop');
    const comparison = table(page, /asyncio and Tornado aspect by aspect/);
    await expect(comparison.getByRole('rowheader', { name: /Event loop/ })).toBeInViewport();
    await expect(page.locator('tr:target')).toHaveAttribute('id', 'event-loop');
  });
});

test.describe('comparison tables without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the static table is complete and the controls stay hidden', async ({ page }) => {
    await page.goto('/zh/libraries/?filter=redis');
    const libraries = table(page, /常用同步库与对应的异步库/);
    await expect(libraries.getByRole('rowheader', { name: /PostgreSQL/ })).toBeVisible();
    await expect(libraries.getByRole('columnheader', { name: '领域' })).toBeAttached();
    await expect(page.getByRole('searchbox', { name: '筛选表格' })).toBeHidden();
  });
});

test.describe('comparison tables on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/zh/libraries/', '/en/frameworks/web-frameworks/', '/zh/frameworks/asyncio-vs-tornado/']) {
    test(`${path}: rows become cards and nothing is clipped sideways`, async ({ page }) => {
      await page.goto(path);
      const element = page.locator('comparison-table');
      await expect(element).toHaveAttribute('data-enhanced', '');
      const overflow = await element.evaluate((host) => {
        const scroller = host.querySelector<HTMLElement>('.cmp-scroll');
        const limit = document.documentElement.clientWidth;
        const cells = [...host.querySelectorAll<HTMLElement>('tbody tr[id] > *')];
        return {
          pageScrolls: document.documentElement.scrollWidth > limit,
          tableScrolls: scroller ? scroller.scrollWidth > scroller.clientWidth + 1 : true,
          clippedCells: cells.filter((cell) => {
            const box = cell.getBoundingClientRect();
            return box.right > limit + 1 || box.left < -1 || cell.scrollWidth > cell.clientWidth + 1;
          }).length,
          cells: cells.length,
        };
      });
      expect(overflow.cells).toBeGreaterThan(0);
      expect(overflow).toMatchObject({ pageScrolls: false, tableScrolls: false, clippedCells: 0 });
      // Each card still shows its first data cell below the row header, not beside it.
      const firstRow = page.locator('tbody tr[id]').first();
      const [headerBox, cellBox] = await Promise.all([
        firstRow.locator('th').boundingBox(),
        firstRow.locator('td').first().boundingBox(),
      ]);
      expect(cellBox && headerBox && cellBox.y >= headerBox.y + headerBox.height - 1).toBe(true);
    });
  }
});
