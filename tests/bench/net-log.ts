/** The browser side of the bench: launching Chromium, fresh pages, and a log of every response's size. */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { distFile, servedSize } from './page-bytes.ts';

const chromiumPath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
export interface NetEntry {
  url: string;
  kind: Kind;
  /** Response body bytes as transferred (compressed). */
  body: number;
  /** Body + response headers. */
  transfer: number;
  /** Chromium reported no body size (it does not for worker scripts): `body` is the file's served size. */
  estimated?: true;
  status: number;
  finishedAt: number;
}

/** What kind of resource a request fetched, from its type or its extension. */
function kindOf(request: Request): Kind {
  const type = request.resourceType();
  const path = new URL(request.url()).pathname;
  if (type === 'document' || /\.html$/.test(path)) return 'html';
  if (type === 'stylesheet' || /\.css$/.test(path)) return 'css';
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'font' || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  return 'other';
}

/** Every request a page (and its workers) finished, with sizes from Chromium's network stack. */
export class NetLog {
  readonly entries: NetEntry[] = [];
  #pending = new Set<Promise<void>>();
  /** `distDir`: the served build, whose files give the size of a worker script Chromium does not report. */
  constructor(page: Page, distDir: string) {
    const record = (request: Request) => {
      const done = (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const status = response?.status() ?? 0;
        let body = sizes.responseBodySize;
        let estimated = false;
        if (body === 0 && status === 200) {
          // Chromium reports 0 for a worker's own script; use the size serve-dist sends for that file.
          const file = distFile(distDir, new URL(request.url()).pathname);
          if (file) {
            body = servedSize(file).bytes;
            estimated = true;
          }
        }
        this.entries.push({
          url: request.url(),
          kind: kindOf(request),
          body,
          transfer: body + sizes.responseHeadersSize,
          status,
          finishedAt: performance.now(),
          ...(estimated ? { estimated: true as const } : {}),
        });
      })().catch(() => undefined);
      this.#pending.add(done);
      void done.finally(() => this.#pending.delete(done));
    };
    page.on('requestfinished', record);
  }
  mark(): number {
    return this.entries.length;
  }
  async settled(): Promise<void> {
    while (this.#pending.size) await Promise.all([...this.#pending]);
  }
  since(mark: number): NetEntry[] {
    return this.entries.slice(mark);
  }
}

/** Body bytes by kind, HTML+CSS+JS total, transfer bytes and request count. */
export function sumBytes(entries: NetEntry[]): Record<Kind | 'total' | 'transfer' | 'requests', number> {
  const sums = { html: 0, css: 0, js: 0, font: 0, other: 0, total: 0, transfer: 0, requests: entries.length };
  for (const entry of entries) {
    sums[entry.kind] += entry.body;
    sums.transfer += entry.transfer;
  }
  sums.total = sums.html + sums.css + sums.js;
  return sums;
}

/** Path and body bytes of each entry. */
export const filesOf = (entries: NetEntry[]) =>
  entries.map((entry) => ({ path: new URL(entry.url).pathname, bytes: entry.body }));

/** Headless Chromium with the flags the tests use. */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [...chromiumArgs, ...extraArgs],
  });
}

/** Observers installed before any page script: LCP, long tasks and paints, buffered from navigation. */
export const observeVitals = () => {
  const store = { lcp: 0, fcp: 0, longTasks: [] as { start: number; duration: number }[] };
  (globalThis as unknown as { __vitals: typeof store }).__vitals = store;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') store.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // An entry type this browser lacks: that figure stays 0.
  }
};

/** A fresh context (empty cache) and page at 1280×800, zh-CN, with vitals observers and a network log. */
export async function newPage(
  browser: Browser,
  distDir: string,
): Promise<{ context: BrowserContext; page: Page; net: NetLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await context.addInitScript(observeVitals);
  const page = await context.newPage();
  return { context, page, net: new NetLog(page, distDir) };
}

/** Waits for the network to go idle, then `extra` ms, then for every response size to be recorded. */
export async function quiet(page: Page, net: NetLog, extra = 300): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(extra);
  await net.settled();
}
