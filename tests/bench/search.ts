/**
 * Search as a person does it: on a page where search was never opened, `/` opens the dialog and the query
 * is typed one character at a time (about 100 ms apart). Measured: the time from the last keystroke to the
 * first results for the whole query, and every byte downloaded from the key press on.
 */
import type { Browser, Page } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { newPage, quiet, sumBytes } from './net-log.ts';

/** Milliseconds between two keystrokes, a brisk typist. */
export const typingDelayMs = 100;

export interface SearchRun {
  /** From the last keystroke to the first result for the whole query, typing into a just-opened dialog. */
  coldMs: number;
  /** The same, on the same page after another query (Pagefind and its index loaded). */
  warmMs: number;
  bytes: number;
  results: number;
  /** Files of the first search; `at`: ms from the `/` key press to the end of the download. */
  files: { path: string; bytes: number; at: number }[];
}

/**
 * Installs a timer in the page: it starts at the `input` event that makes the field hold `query` (the last
 * keystroke) and stops when the dialog's listbox next shows an option. The dialog drops the answers to
 * older queries, so the first options after the last keystroke belong to the whole query.
 */
async function armSearchTimer(page: Page, query: string): Promise<void> {
  await page.evaluate((wanted) => {
    const list = document.querySelector('dialog [role="listbox"]');
    const holder = globalThis as unknown as { __searchTime?: Promise<number> };
    holder.__searchTime = new Promise<number>((resolve, reject) => {
      if (!list) return reject(new Error('no search listbox in a dialog'));
      let start: number | undefined;
      const onInput = (event: Event) => {
        if ((event.target as HTMLInputElement).value !== wanted) return;
        start = performance.now();
        document.removeEventListener('input', onInput, { capture: true });
      };
      document.addEventListener('input', onInput, { capture: true });
      const observer = new MutationObserver(() => {
        if (start !== undefined && list.querySelector('.search-row[role="option"]')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(list, { childList: true, subtree: true });
    });
  }, query);
}

/** Types `query` into the open dialog at the typing pace and returns the last-keystroke-to-results time. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  const input = page.locator('dialog[open] [role="combobox"]');
  await input.fill('');
  await armSearchTimer(page, query);
  await input.pressSequentially(query, { delay: typingDelayMs });
  return page.evaluate(() =>
    Promise.race([
      (globalThis as unknown as { __searchTime: Promise<number> }).__searchTime,
      new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no result within 20 s')), 20_000)),
    ]),
  );
}

/** A first search for `query` on `home` in a fresh context, then a warm one after searching `warmUp`. */
export async function measureSearch(
  browser: Browser,
  base: string,
  home: string,
  query: string,
  warmUp: string,
  distDir: string,
): Promise<SearchRun> {
  const { context, page, net } = await newPage(browser, distDir);
  try {
    await page.goto(base + home, { waitUntil: 'load' });
    await quiet(page, net);
    const mark = net.mark();
    const pressedAt = performance.now();
    // `/` opens the dialog and starts loading Pagefind; the reader starts typing at once.
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').waitFor({ state: 'visible' });
    const coldMs = await typeAndTime(page, query);
    await quiet(page, net);
    const entries = net.since(mark);
    const bytes = sumBytes(entries);
    const results = await page.locator('dialog[open] .search-row--page').count();
    await typeAndTime(page, warmUp);
    const warmMs = await typeAndTime(page, query);
    return {
      coldMs,
      warmMs,
      bytes: bytes.html + bytes.css + bytes.js + bytes.font + bytes.other,
      results,
      files: entries.map((entry) => ({
        path: new URL(entry.url).pathname,
        bytes: entry.body,
        at: Math.round(entry.finishedAt - pressedAt),
      })),
    };
  } finally {
    await context.close();
  }
}
