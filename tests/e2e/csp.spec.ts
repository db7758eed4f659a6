import { expect, test } from '@playwright/test';
import { watchPageProblems } from './page-problems.ts';

test('searching and running an example break no Content-Security-Policy rule', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await watchPageProblems(page);
  await page.goto('/en/concepts/event-loop/');
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'/);
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(policy).not.toContain("'unsafe-inline' ");
  expect(policy).toMatch(/worker-src 'self'/);

  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('combobox').fill('event loop');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');

  const run = page.getByRole('button', { name: /^Run .+ in your browser$/ }).first();
  const figure = page.getByRole('figure').filter({ has: run });
  await run.click();
  // Loading Pyodide is CPU-bound WebAssembly compilation: allow for a slow machine.
  await expect(figure.getByRole('status')).toHaveText(/Finished with exit code 0/, { timeout: 120_000 });

  expect(await problems.cspViolations()).toEqual([]);
  expect(problems.errors).toEqual([]);
});
