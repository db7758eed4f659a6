/**
 * Run in the browser: the time from a click on an example's Run button to its first output line, with an
 * empty cache, after the pointer rested on the button, and on a second visit with a warm cache.
 */
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from '@playwright/test';
import { newPage, quiet, sumBytes } from './net-log.ts';
import type { NetLog } from './net-log.ts';

export interface RunRun {
  /** `at`: ms from the click to the end of that download (serve-dist compresses on the fly: see the report). */
  files: { path: string; bytes: number; at: number }[];
  /** When the last file arrived, ms after the click. */
  downloadedMs: number;
  firstOutputMs: number;
  finishedMs: number;
  bytes: number;
  requests: number;
  status: string;
  output: string;
}

/** How the reader reaches the Run button: straight to a click, after pointing at it, or on a cached second visit. */
export type RunVariant = 'cold' | 'intent' | 'warm';

/** How long the pointer rests on the Run button before the click in the `intent` variant. */
export const intentDwellMs = 500;

/**
 * Clicks Run on the page's first browser-runnable example in a fresh context (empty cache) and times the
 * first output line. `intent`: the pointer rests on the button for `intentDwellMs` first, as a reader's
 * does; `warm`: one run, then the page is loaded again (HTTP cache and compiled code warm) and timed.
 */
export async function measureRun(
  browser: Browser,
  base: string,
  path: string,
  distDir: string,
  variant: RunVariant = 'cold',
): Promise<RunRun> {
  const { context, page, net } = await newPage(browser, distDir);
  try {
    if (variant === 'warm') {
      await page.goto(base + path, { waitUntil: 'load' });
      await quiet(page, net);
      await timeRun(page, net, 'cold');
    }
    await page.goto(base + path, { waitUntil: 'load' });
    await quiet(page, net);
    return await timeRun(page, net, variant);
  } finally {
    await context.close();
  }
}

/** Clicks the first Run button of the loaded page and measures until the run finishes. */
async function timeRun(page: Page, net: NetLog, variant: RunVariant): Promise<RunRun> {
  const path = new URL(page.url()).pathname;
  // The Run button of the page's first browser-runnable example (its accessible name is "在浏览器中运行 <file>").
  const runName = /^在浏览器中运行|^Run .* in your browser/;
  const runner = page
    .locator('example-runner')
    .filter({ has: page.getByRole('button', { name: runName }) })
    .first();
  if ((await runner.count()) === 0) throw new Error(`${path} has no example with a Run button`);
  const button = runner.getByRole('button', { name: runName });
  await button.scrollIntoViewIfNeeded();
  await runner.evaluate((element) => {
    const out = element.querySelector('.example-output-text');
    const holder = globalThis as unknown as { __run?: Promise<{ first: number; finished: number }> };
    holder.__run = new Promise((resolve, reject) => {
      if (!out) return reject(new Error('no .example-output-text'));
      let start: number | undefined;
      let first: number | undefined;
      element.addEventListener('click', () => (start ??= performance.now()), { capture: true, once: true });
      const runButton = element.querySelector<HTMLButtonElement>('.example-controls button.primary');
      const observer = new MutationObserver(() => {
        if (start === undefined) return;
        if (first === undefined && (out.textContent ?? '').trim() !== '') first = performance.now() - start;
        // Finished (or failed) when the Run button is enabled again.
        if (runButton && !runButton.disabled) {
          observer.disconnect();
          resolve({ first: first ?? Number.NaN, finished: performance.now() - start });
        }
      });
      observer.observe(element, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  });
  const mark = net.mark();
  if (variant === 'intent') {
    await button.hover();
    await page.waitForTimeout(intentDwellMs);
  }
  const clickedAt = performance.now();
  await button.click();
  const timing = await page.evaluate(() =>
    Promise.race([
      (globalThis as unknown as { __run: Promise<{ first: number; finished: number }> }).__run,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no end within 120 s')), 120_000)),
    ]),
  );
  await quiet(page, net);
  const entries = net.since(mark);
  const bytes = sumBytes(entries);
  const status = (await runner.locator('.example-status').textContent()) ?? '';
  const output = (await runner.locator('.example-output-text').textContent()) ?? '';
  if (!Number.isFinite(timing.first)) throw new Error(`no output; the example says: ${status}`);
  const files = entries.map((entry) => ({
    path: new URL(entry.url).pathname,
    bytes: entry.body,
    at: Math.round(entry.finishedAt - clickedAt),
  }));
  return {
    files,
    downloadedMs: files.reduce((max, file) => Math.max(max, file.at), 0),
    firstOutputMs: timing.first,
    finishedMs: timing.finished,
    bytes: bytes.html + bytes.css + bytes.js + bytes.font + bytes.other,
    requests: bytes.requests,
    status,
    output: output.split('\n', 1)[0] ?? '',
  };
}
