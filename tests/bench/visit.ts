/** A reader's first visit to a page: what it downloads and how fast it paints. */
import type { Browser } from '@playwright/test';
import { filesOf, newPage, quiet, sumBytes } from './net-log.ts';

export interface VisitRun {
  files: { path: string; bytes: number }[];
  bytes: ReturnType<typeof sumBytes>;
  jsBeforeInteraction: number;
  lcp: number;
  fcp: number;
  tbt: number;
}

/** A first visit to `path` in a fresh context: bytes by kind, LCP, FCP and TBT. */
export async function measureVisit(browser: Browser, base: string, path: string, distDir: string): Promise<VisitRun> {
  const { context, page, net } = await newPage(browser, distDir);
  try {
    const response = await page.goto(base + path, { waitUntil: 'load' });
    if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
    await quiet(page, net, 1000);
    const vitals = await page.evaluate(
      () =>
        (
          globalThis as unknown as {
            __vitals: { lcp: number; fcp: number; longTasks: { start: number; duration: number }[] };
          }
        ).__vitals,
    );
    // Total blocking time: the part over 50 ms of each long task after the first contentful paint.
    const tbt = vitals.longTasks
      .filter((task) => task.start >= vitals.fcp)
      .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    const entries = net.since(0);
    const bytes = sumBytes(entries);
    // Nothing was clicked, hovered or typed: every script fetched so far loaded before interaction.
    return { files: filesOf(entries), bytes, jsBeforeInteraction: bytes.js, lcp: vitals.lcp, fcp: vitals.fcp, tbt };
  } finally {
    await context.close();
  }
}
