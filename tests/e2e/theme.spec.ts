import { expect, test } from '@playwright/test';

test.describe('theme', () => {
  test('a chosen theme persists across pages and is applied before the first paint', async ({ page }) => {
    // Record the theme at the moment <body> is created, i.e. before anything is painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody =
            document.documentElement.dataset['theme'] ?? 'auto';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/en/concepts/event-loop/');
    const select = page.getByRole('combobox', { name: 'Theme' });
    await select.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link').first().click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBackground);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });

  test('auto follows the system colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/zh/');
    const dark = await page.evaluate(() => getComputedStyle(document.body).color);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).color)).not.toBe(dark);
  });
});
