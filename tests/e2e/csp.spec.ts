/**
 * The policy itself (directives parsed from every built page's <meta>) is checked without a browser in
 * tests/site/csp.test.ts; this spec proves that the features which load code at run time obey it.
 */
import { expect, test } from '@playwright/test';
import { watchPageProblems } from '../support/page-problems.ts';

test('searching and running an example break no Content-Security-Policy rule', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const problems = await watchPageProblems(page, { origin: new URL(baseURL ?? '').origin });
  await page.goto('/en/concepts/event-loop/');

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

  expect(await problems.take()).toEqual({ errors: [], cspViolations: [], foreignRequests: [] });
});
