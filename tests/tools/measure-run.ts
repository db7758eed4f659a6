/**
 * Measures the first click on Run: time until the first output line appears, and the bytes
 * downloaded for it (Pyodide + the worker). Needs a running production build:
 *   npm run build && npx astro preview --port 4321 &
 *   npx node tests/tools/measure-run.ts [http://127.0.0.1:4321/zh/concepts/event-loop/] [example file]
 * Uses Debian's Chromium (/usr/bin/chromium) when present, else Playwright's.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://127.0.0.1:4321/zh/concepts/event-loop/';
const file = process.argv[3] ?? 'call_soon_call_later.py';
const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
const page = await context.newPage();
// Playwright reports the page's and its workers' requests on the context.
let nextId = 0;
const requests = new Map<string, string>();
const bytes = new Map<string, number>();
context.on('requestfinished', async (request) => {
  const id = String(nextId++);
  requests.set(id, request.url());
  const sizes = await request.sizes();
  bytes.set(id, sizes.responseBodySize + sizes.responseHeadersSize);
});
let worker: import('@playwright/test').Worker | undefined;
page.on('worker', (w) => (worker = w));

async function clickAndWaitForFirstLine(): Promise<{ firstLineMs: number; doneMs: number }> {
  return page.evaluate(async (name) => {
    const runner = [...document.querySelectorAll('example-runner')].find((el) => (el as HTMLElement).dataset['name'] === name);
    if (!runner) throw new Error(`no runnable example ${name} on the page`);
    const out = runner.querySelector('.example-output-text')!;
    const status = runner.querySelector('[role="status"]')!;
    const run = runner.querySelector<HTMLButtonElement>('.example-controls button')!;
    return new Promise<{ firstLineMs: number; doneMs: number }>((resolve) => {
      let firstLineMs = -1;
      const start = performance.now();
      const check = () => {
        if (firstLineMs < 0 && (out.textContent ?? '').includes('\n')) firstLineMs = performance.now() - start;
        if (firstLineMs >= 0 && !run.disabled && /0/.test(status.textContent ?? '')) {
          observer.disconnect();
          resolve({ firstLineMs, doneMs: performance.now() - start });
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(runner, { subtree: true, childList: true, characterData: true, attributes: true });
      run.click();
    });
  }, file);
}

await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(1000);
const beforeClick = new Set(bytes.keys());
const pageBytes = [...bytes.values()].reduce((a, b) => a + b, 0);
const pyodideBeforeClick = [...requests.values()].filter((u) => u.includes('/pyodide/') || u.includes('pyodide-worker')).length;

const cold = await clickAndWaitForFirstLine();
await page.waitForTimeout(500);
const clickEntries = [...bytes.entries()].filter(([id]) => !beforeClick.has(id));
const clickBytes = clickEntries.reduce((sum, [, n]) => sum + n, 0);
const timings = worker
  ? await worker.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return `${r.name.split('/').pop()}: fetched ${r.startTime.toFixed(0)}–${r.responseEnd.toFixed(0)} ms after the worker started`;
      }),
    )
  : [];
const warm = await clickAndWaitForFirstLine();

console.log(`page: ${url}, example: ${file}`);
console.log(`page load: ${(pageBytes / 1024).toFixed(0)} KiB transferred, Pyodide requests before the click: ${pyodideBeforeClick}`);
console.log(`first click: first output line after ${cold.firstLineMs.toFixed(0)} ms, run finished after ${cold.doneMs.toFixed(0)} ms`);
console.log(`first click downloaded ${(clickBytes / 1e6).toFixed(2)} MB in ${clickEntries.length} requests:`);
for (const [id, n] of clickEntries.sort((a, b) => b[1] - a[1])) console.log(`  ${(n / 1e6).toFixed(3).padStart(7)} MB  ${new URL(requests.get(id) ?? '?').pathname}`);
for (const line of timings) console.log(`  ${line}`);
console.log(`second click (Pyodide loaded): first output line after ${warm.firstLineMs.toFixed(0)} ms, finished after ${warm.doneMs.toFixed(0)} ms`);

// What a host that compresses (gzip) would send for the same files.
const compressed = await Promise.all(
  clickEntries.map(async ([id]) => {
    const response = await fetch(requests.get(id)!);
    return gzipSync(Buffer.from(await response.arrayBuffer()), { level: 6 }).length;
  }),
);
console.log(`with gzip on the server: ${(compressed.reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} MB`);
await browser.close();
