import { expect, test } from '@playwright/test';

test.describe('reading and navigation', () => {
  test('the sidebar marks the current page and prev/next walk the guide', async ({ page }) => {
    await page.goto('/zh/concepts/event-loop/');
    const sidebar = page.getByRole('navigation', { name: '指南导航' });
    await expect(
      sidebar.getByRole('link', { name: '事件循环', exact: false }).and(page.locator('[aria-current="page"]')),
    ).toBeVisible();
    const pager = page.getByRole('navigation', { name: '翻页' });
    const next = pager.getByRole('link', { name: /下一页/ });
    const nextHref = await next.getAttribute('href');
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${nextHref}$`));
    await page
      .getByRole('navigation', { name: '翻页' })
      .getByRole('link', { name: /上一页/ })
      .click();
    await expect(page).toHaveURL(/\/zh\/concepts\/event-loop\/$/);
  });

  test('breadcrumbs lead home', async ({ page }) => {
    await page.goto('/en/concepts/event-loop/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByText('Core concepts')).toBeVisible();
    await crumbs.getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('the language switch keeps the page and the section', async ({ page }) => {
    await page.goto('/zh/concepts/event-loop/');
    const firstSection = await page.locator('.prose h2[id]').first().getAttribute('id');
    expect(firstSection).toBeTruthy();
    await page.goto(`/zh/concepts/event-loop/#${firstSection}`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/concepts/event-loop/#${firstSection}$`));
    await expect(page.locator(`h2#${firstSection}`)).toBeInViewport();
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(new RegExp(`/zh/concepts/event-loop/#${firstSection}$`));
  });

  test('the table of contents marks the section in view', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/en/concepts/event-loop/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = toc.getByRole('link');
    const last = links.last();
    const target = (await last.getAttribute('href')) ?? '';
    // Off-screen blocks use content-visibility, so the page can still grow after a scroll: scroll to the end again
    // until the last section is marked.
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', target, { timeout: 1_000 });
    }).toPass();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute(
      'href',
      (await links.first().getAttribute('href')) ?? '',
    );
  });

  test('a heading link copies the section URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/concepts/event-loop/');
    const heading = page.locator('.prose h2[id]').first();
    const id = await heading.getAttribute('id');
    const anchor = page.locator(`a.heading-anchor[href="#${id}"]`);
    await heading.hover();
    await anchor.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(anchor).toHaveAttribute('data-copied', 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/en/concepts/event-loop/#${id}$`),
    );
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('/en/concepts/event-loop/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
  });

  test('on a phone the menu button opens and closes the sidebar', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/zh/concepts/event-loop/');
    const sidebar = page.getByRole('navigation', { name: '指南导航' });
    await expect(sidebar).toBeHidden();
    const menu = page.getByRole('button', { name: '目录' });
    await menu.click();
    await expect(sidebar).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(page.getByRole('button', { name: '目录' })).toBeFocused();
    // Nothing overflows the viewport sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('a code block has a copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/concepts/event-loop/');
    const button = page.getByRole('button', { name: 'Copy code' }).first();
    await button.click();
    await expect(page.getByRole('button', { name: 'Copied' }).first()).toBeVisible();
    expect((await page.evaluate(() => navigator.clipboard.readText())).length).toBeGreaterThan(10);
  });

  test('the entry page forwards by browser language and works without JavaScript', async ({ browser }) => {
    const zh = await browser.newContext({ locale: 'zh-CN' });
    const zhPage = await zh.newPage();
    await zhPage.goto('/');
    await expect(zhPage).toHaveURL(/\/zh\/$/);
    await zh.close();
    const en = await browser.newContext({ locale: 'en-US' });
    const enPage = await en.newPage();
    await enPage.goto('/');
    await expect(enPage).toHaveURL(/\/en\/$/);
    await en.close();
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const noJsPage = await noJs.newPage();
    await noJsPage.goto('/');
    await expect(noJsPage.getByRole('link', { name: /中文/ })).toBeVisible();
    await expect(noJsPage.getByRole('link', { name: /English/ })).toBeVisible();
    await noJs.close();
  });

  test('a reading page reads fully without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/zh/concepts/event-loop/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Without JavaScript the sidebar stays in the flow instead of hiding behind a menu button.
    await expect(page.getByRole('navigation', { name: '指南导航' })).toBeVisible();
    await expect(page.getByRole('button', { name: '目录' })).toBeHidden();
    await context.close();
  });

  test('an unknown URL shows the 404 page in both languages', async ({ page }) => {
    const response = await page.goto('/zh/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
