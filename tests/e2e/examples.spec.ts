import { expect, test, type Page, type Request } from '@playwright/test';
import { watchPageProblems } from '../support/page-problems.ts';

// Runs against the production build (see playwright.config.ts). The event-loop page shows
// call_soon_call_later.py, a stdlib-only example with a Run button.
const page = '/zh/concepts/event-loop/';
const file = 'call_soon_call_later.py';
const pyodideLoad = { timeout: 90_000 }; // first click: ~14 MB of Pyodide, compiled on a busy CI machine

function pyodideRequests(p: Page): Request[] {
  const seen: Request[] = [];
  p.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pyodide/')) seen.push(request);
  });
  return seen;
}

function example(p: Page) {
  return p.getByRole('figure').filter({ has: p.getByText(file, { exact: true }) });
}

test.describe('examples', () => {
  test('pointing at Run starts loading Pyodide before the click', async ({ page: p }) => {
    const requests = pyodideRequests(p);
    await p.goto(page);
    const run = example(p).getByRole('button', { name: `在浏览器中运行 ${file}` });
    await run.scrollIntoViewIfNeeded();
    expect(requests, 'scrolling to an example downloads no Pyodide bytes').toHaveLength(0);
    await run.hover();
    await expect
      .poll(() => requests.map((request) => new URL(request.url()).pathname))
      .toContain('/pyodide/pyodide.mjs');
  });

  test('a reader who never comes near an example downloads no Pyodide; one that stays in view is prefetched', async ({
    page: p,
  }) => {
    const requests = pyodideRequests(p);
    const workers: string[] = [];
    p.on('worker', (worker) => workers.push(worker.url()));
    const problems = await watchPageProblems(p);
    await p.goto(page);
    const run = example(p).getByRole('button', { name: `在浏览器中运行 ${file}` });
    await expect(run).not.toBeInViewport();
    // Absence can only be shown by waiting: past the page's idle time and the runner's 1 s view dwell.
    await p.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 2000))));
    expect(requests, 'no example in view, no interaction: no Pyodide bytes').toHaveLength(0);

    // Sections below the fold are laid out only when they come near (content-visibility: auto), which can
    // push the example out of view again: scroll until it stays there.
    await expect(async () => {
      await run.scrollIntoViewIfNeeded();
      await expect(run).toBeInViewport({ timeout: 500 });
    }).toPass();
    await expect
      .poll(() => requests.map((request) => new URL(request.url()).pathname), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['/pyodide/pyodide.asm.wasm', '/pyodide/snapshot.bin']));
    expect(workers, 'seeing an example only downloads; it starts no worker').toEqual([]);
    expect((await problems.take()).errors).toEqual([]);
  });

  test('Run executes the example in the browser and shows the same output as CPython', async ({ page: p }) => {
    test.slow();
    const requests = pyodideRequests(p);
    const workerConsole: string[] = [];
    p.on('worker', (worker) => worker.on('console', (message) => workerConsole.push(message.text())));
    await p.goto(page);
    const figure = example(p);
    const output = figure.getByRole('region', { name: '输出' });
    const committed = (await output.locator('pre').textContent()) ?? '';
    expect(committed).toContain('callback A1 (call_soon)');
    await expect(figure.getByText('已在 CPython 3.11 · 3.13 上运行')).toBeVisible();
    await expect(figure.getByText('可在浏览器中运行')).toBeVisible();
    expect(requests, 'a reading page downloads no Pyodide bytes').toHaveLength(0);

    await figure.getByRole('button', { name: `在浏览器中运行 ${file}` }).click();
    await expect(figure.getByRole('status')).toHaveText('运行结束，退出码 0。', pyodideLoad);
    await expect(output.getByText('输出（在你的浏览器中运行，Pyodide）')).toBeVisible();
    await expect(output.locator('pre')).toHaveText(committed);
    expect(requests.map((request) => new URL(request.url()).pathname)).toContain('/pyodide/snapshot.bin');
    expect(workerConsole, "Pyodide was restored from the build's memory snapshot").not.toContainEqual(
      expect.stringContaining('snapshot not usable'),
    );
    await expect(figure.getByRole('button', { name: '停止' })).toBeDisabled();
  });

  test('edited code runs, Stop ends a run, Reset restores the example', async ({ page: p }) => {
    test.slow();
    await p.goto(page);
    const figure = example(p);
    const output = figure.getByRole('region', { name: '输出' });
    const committed = (await output.locator('pre').textContent()) ?? '';

    await figure.getByRole('button', { name: '编辑代码' }).click();
    const editor = figure.getByRole('textbox', { name: `${file} 的代码（可编辑）` });
    await expect(editor).toBeFocused();
    await editor.fill(
      'import asyncio\n\nasync def main():\n    print("hello from the browser")\n    await asyncio.sleep(60)\n    print("never printed")\n\nasyncio.run(main())\n',
    );
    await figure.getByRole('button', { name: `在浏览器中运行 ${file}` }).click();
    await expect(output.locator('pre')).toHaveText('hello from the browser\n', pyodideLoad);
    const stop = figure.getByRole('button', { name: '停止' });
    await expect(stop).toBeEnabled();
    await stop.click();
    await expect(figure.getByRole('status')).toHaveText('已停止。');
    await expect(figure.getByRole('button', { name: `在浏览器中运行 ${file}` })).toBeEnabled();

    await figure.getByRole('button', { name: '重置' }).click();
    await expect(editor).toBeHidden();
    await expect(output.locator('pre')).toHaveText(committed);
    await expect(output.getByText('输出', { exact: true })).toBeVisible();
  });

  test('the blocking time.sleep pitfall really blocks the loop in the browser', async ({ page: p }) => {
    test.slow();
    await p.goto('/en/pitfalls/');
    const figure = p.getByRole('figure').filter({ has: p.getByText('blocking_sleep_wrong.py', { exact: true }) });
    const output = figure.getByRole('region', { name: 'Output' });
    await expect(output).toContainText('elapsed: at least 1.2s, the sum of all six waits (no overlap at all)');
    await figure.getByRole('button', { name: 'Run blocking_sleep_wrong.py in your browser' }).click();
    await expect(figure.getByRole('status')).toHaveText('Finished with exit code 0.', pyodideLoad);
    await expect(output.locator('pre')).toContainText(
      'elapsed: at least 1.2s, the sum of all six waits (no overlap at all)',
    );
    await expect(output.getByText('Output (run in your browser, Pyodide)')).toBeVisible();
  });

  // forgot_await.py carries its comments in both languages, and its output cites its own line 24:
  // each page shows one language, and Copy, Edit and Run use exactly the code shown.
  test('a zh page shows, copies, edits and runs the code with its Chinese comments', async ({ page: p, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await p.goto('/zh/concepts/coroutines/');
    const name = 'forgot_await.py';
    const figure = p.getByRole('figure').filter({ has: p.getByText(name, { exact: true }) });
    const code = figure.locator('.example-code pre');
    await expect(code).toContainText('# 错误：漏写了 await');
    await expect(code).not.toContainText('missing await');
    await expect(code).not.toContainText(/# (en|zh):|\| zh:/);
    const shown = (await code.textContent()) ?? '';

    await figure.getByRole('button', { name: '复制代码' }).click();
    await expect(figure.getByRole('button', { name: '已复制' })).toBeVisible();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    await figure.getByRole('button', { name: '编辑代码' }).click();
    const editor = figure.getByRole('textbox', { name: `${name} 的代码（可编辑）` });
    await expect(editor).toHaveValue(`${shown}\n`);

    const output = figure.getByRole('region', { name: '输出' });
    const committed = (await output.locator('pre').textContent()) ?? '';
    expect(committed).toContain('forgot_await.py:24: RuntimeWarning');
    await figure.getByRole('button', { name: `在浏览器中运行 ${name}` }).click();
    await expect(figure.getByRole('status')).toHaveText('运行结束，退出码 0。', pyodideLoad);
    await expect(output.locator('pre')).toHaveText(committed);
  });

  test('the en page shows, copies and edits the same example with its English comments', async ({
    page: p,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await p.goto('/en/concepts/coroutines/');
    const name = 'forgot_await.py';
    const figure = p.getByRole('figure').filter({ has: p.getByText(name, { exact: true }) });
    const code = figure.locator('.example-code pre');
    await expect(code).toContainText('# bug: missing await');
    await expect(code).not.toContainText(/\p{Script=Han}/u);
    await expect(code).not.toContainText(/# (en|zh):|\| zh:/);
    const shown = (await code.textContent()) ?? '';

    await figure.getByRole('button', { name: 'Copy code' }).click();
    await expect(figure.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    await figure.getByRole('button', { name: 'Edit code' }).click();
    await expect(figure.getByRole('textbox', { name: `Code of ${name} (editable)` })).toHaveValue(`${shown}\n`);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('code and captured output are readable, and there are no Run controls', async ({ page: p }) => {
      await p.goto('/en/concepts/event-loop/');
      const figure = p.getByRole('figure').filter({ has: p.getByText(file, { exact: true }) });
      await expect(figure.getByText('asyncio.run(main())').first()).toBeVisible();
      await expect(figure.getByRole('region', { name: 'Output' })).toContainText('callback A1 (call_soon)');
      await expect(figure.getByText('ran on CPython 3.11 · 3.13')).toBeVisible();
      await expect(figure.getByRole('button')).toHaveCount(0);
    });
  });
});
