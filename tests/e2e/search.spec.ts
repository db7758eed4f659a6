import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { watchPageProblems } from '../support/page-problems.ts';

/** Opens the search dialog on a Chinese page with the keyboard and returns it. */
async function openDialog(page: Page, path = '/zh/') {
  await page.goto(path);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索指南' });
  await expect(dialog.getByRole('combobox')).toBeFocused();
  return dialog;
}

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
    await expect(dialog.locator('.search-row--section').first()).toBeVisible();
    // English pages search the English index only.
    const titles = await dialog.locator('.search-row--page .search-row-title').allTextContents();
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

  test('every result is reachable: a true count, then more results from the keyboard', async ({ page }) => {
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill('事件循环');
    const status = dialog.getByRole('status');
    await expect(status).toHaveText(/^\d+ 条结果$/);
    const total = Number((await status.textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(10);
    const pages = dialog.locator('.search-row--page');
    const shown = await pages.count();
    expect(shown).toBeLessThan(total);
    const more = dialog.getByRole('option', { name: /显示更多结果/ });
    await expect(more).toContainText(String(total - shown));
    // ArrowUp from the field wraps to the last option, which loads the next results.
    await page.keyboard.press('ArrowUp');
    await expect(more).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect.poll(() => pages.count()).toBeGreaterThan(shown);
    const active = dialog.locator('[role="option"][aria-selected="true"]');
    await expect(active).toHaveClass(/search-row--page/);
    await expect(active).toBeInViewport();
  });

  test('the search page loads more results with a button', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('event loop')}`);
    const results = page.locator('main .search-row--page');
    await expect(results.first()).toBeVisible();
    const shown = await results.count();
    await page.getByRole('button', { name: /Show more results/ }).click();
    await expect.poll(() => results.count()).toBeGreaterThan(shown);
  });

  test('excerpts show the matching text, with a Chinese term marked whole', async ({ page }) => {
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill('协程');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    const marks = await dialog.locator('mark').allTextContents();
    expect(marks).toContain('协程');
    expect(marks).not.toContain('协');
    await expect(dialog.locator('.search-row-excerpt').filter({ hasText: '本页代码需要' })).toHaveCount(0);
  });

  test('bad input gets a calm answer and no console error', async ({ page }) => {
    const problems = await watchPageProblems(page);
    const dialog = await openDialog(page);
    const input = dialog.getByRole('combobox');
    const status = dialog.getByRole('status');
    await input.fill('？！…,.;');
    await expect(status).toHaveText('没有找到结果');
    await input.fill('<img src=x onerror="window.hacked=1"> 协程');
    await expect(status).toHaveText(/条结果|没有找到结果/);
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    await input.fill('事件循环 '.repeat(1000));
    await expect(status).toHaveText(/条结果|没有找到结果/);
    await input.fill('');
    await expect(status).toHaveText('');
    await expect(dialog.getByRole('option')).toHaveCount(0);
    expect(problems.errors).toEqual([]);
  });

  test('an index that fails to load says search is unavailable and links to the search page', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill('协程');
    await expect(dialog.getByRole('status')).toContainText('搜索暂不可用');
    await expect(dialog.getByRole('status').getByRole('link', { name: '打开搜索页' })).toHaveAttribute(
      'href',
      '/zh/search/',
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the open dialog with results and the results page pass axe (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const dialog = await openDialog(page);
      await dialog.getByRole('combobox').fill('事件循环');
      await expect(dialog.getByRole('option', { name: /显示更多结果/ })).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
      await page.goto(`/en/search/?q=${encodeURIComponent('event loop')}`);
      await expect(page.getByRole('button', { name: /Show more results/ })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }
});
