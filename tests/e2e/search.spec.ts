import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('a reading page loads no search code until the reader shows intent', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) searchRequests.push(request.url());
    });
    await page.goto('/zh/concepts/event-loop/');
    await page.mouse.wheel(0, 800);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(searchRequests).toEqual([]);
    await page.getByRole('link', { name: '搜索' }).hover();
    await expect.poll(() => searchRequests.length).toBeGreaterThan(0);
  });

  test('Chinese search with the keyboard: / opens, arrows move, Enter opens a section', async ({ page }) => {
    await page.goto('/zh/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索指南' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('combobox', { name: '搜索指南' });
    await expect(input).toBeFocused();
    await input.fill('事件循环');
    const options = dialog.getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(/\d+ 条结果/);
    await expect(options.first()).toContainText('事件循环');
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? '');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh\/concepts\/event-loop\/\?highlight=/);
    // The target page marks the search terms.
    await expect(page.locator('mark').first()).toBeVisible();
  });

  for (const [query, slug] of [
    ['协程', 'concepts/coroutines'],
    ['取消任务', 'concepts/cancellation'],
  ] as const) {
    test(`Chinese query ${query} finds ${slug}`, async ({ page }) => {
      await page.goto('/zh/');
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: '搜索指南' });
      await dialog.getByRole('combobox').fill(query);
      await expect(dialog.locator(`[role="option"]`).first()).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/zh/${slug}/`));
    });
  }

  test('English search finds sections, Esc closes and returns focus', async ({ page }) => {
    await page.goto('/en/concepts/event-loop/');
    const trigger = page.getByRole('link', { name: 'Search' });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('combobox').fill('event loop');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    await expect(dialog.locator('.search-row.section').first()).toBeVisible();
    // English pages search the English index only.
    const titles = await dialog.locator('.search-row.page .search-row-title').allTextContents();
    expect(titles.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('the search page shows results for a shared ?q= link', async ({ page }) => {
    await page.goto(`/zh/search/?q=${encodeURIComponent('事件循环')}`);
    await expect(page.getByRole('searchbox', { name: '搜索指南' })).toHaveValue('事件循环');
    const results = page.locator('main').getByRole('link', { name: /事件循环/ });
    await expect(results.first()).toBeVisible();
    await page.getByRole('searchbox', { name: '搜索指南' }).fill('event loop');
    await expect(page).toHaveURL(/\?q=event\+loop|\?q=event%20loop/);
  });
});
