/**
 * `npm run bench`: builds the site, serves dist/ like a static host (tests/tools/serve-dist.ts, brotli)
 * and measures it in headless Chromium, several runs each, reporting medians: first-visit bytes, LCP and
 * TBT of three pages, search latency and bytes, the first in-browser Run of an example, build time,
 * page count, search index size and Lighthouse scores. Prints a table, writes
 * tests/bench/results/<timestamp>.json and latest.json, compares with the previous run (or
 * tests/bench/baseline.json) and checks tests/bench/budgets.json.
 *
 * Options: --no-build  --runs N (5)  --run-runs N (= runs)  --lighthouse-runs N (1)  --no-lighthouse  --lighthouse-preset mobile|desktop
 *          --only visit,search,run,lighthouse  --save-baseline  --dist DIR (measure another build, with --no-build)
 *          --content DIR (build from another content folder: GUIDE_CONTENT_DIR, e.g. a snapshot of finished pages)
 * Timings depend on the machine and its load: compare runs made on the same machine, at rest.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { budgets, KB } from './budgets.ts';
import { distFile, firstSearch, firstVisit, searchIndexSizes, servedSize } from './static-sizes.ts';
import type { FirstVisit, SearchIndexSize } from './static-sizes.ts';

const root = new URL('../../', import.meta.url).pathname;
const benchDir = new URL('./', import.meta.url).pathname;

const resultsDir = join(benchDir, 'results');

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '1' },
    'run-runs': { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-preset': { type: 'string', default: 'mobile' },
    only: { type: 'string' },
    'save-baseline': { type: 'boolean', default: false },
    dist: { type: 'string' },
    content: { type: 'string' },
  },
});
// Another build directory (a copy of a snapshot build) may be measured with --dist; building writes dist/.
const distDir = resolve(root, options.dist ?? 'dist') + sep;
const runs = Math.max(1, Number(options.runs));
const lighthouseRuns = Math.max(1, Number(options['lighthouse-runs']));
// Each Run downloads and boots Pyodide (megabytes, tens of seconds here); --run-runs lowers its count alone.
const runRuns = Math.max(1, Number(options['run-runs'] ?? runs));
const sections = new Set((options.only ?? 'visit,search,run,lighthouse').split(','));
if (options['no-lighthouse']) sections.delete('lighthouse');
const preset = options['lighthouse-preset'] === 'desktop' ? 'desktop' : 'mobile';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

// ---------------------------------------------------------------------------------------------- utils

const median = (values: number[]): number | null => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '—' : `${(bytes / KB).toFixed(1)} KB`);
const ms = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value)} ms`);
const log = (message: string) => process.stderr.write(`${message}\n`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function table(rows: (string | number)[][], head: string[]): string {
  const all = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0))));
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)));
  const line = (row: string[]) => row.map((cell, column) => pad(cell, widths[column] ?? 0)).join('  ');
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...all.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------- build

async function build(): Promise<{ seconds: number; ok: boolean; log: string }> {
  log(`Building the site (npm run build${options.content ? `, GUIDE_CONTENT_DIR=${options.content}` : ''})…`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(options.content ? { GUIDE_CONTENT_DIR: options.content } : {}) } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, ok: code === 0, log: output }));
  });
}

// ---------------------------------------------------------------------------------------------- server

async function serve(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'tests/tools/serve-dist.ts'), String(port), distDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve-dist did not start within 15 s')), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
  });
  return child;
}

// ---------------------------------------------------------------------------------------------- network log

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
interface NetEntry {
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
class NetLog {
  readonly entries: NetEntry[] = [];
  #pending = new Set<Promise<void>>();
  constructor(page: Page) {
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

function sumBytes(entries: NetEntry[]): Record<Kind | 'total' | 'transfer' | 'requests', number> {
  const sums = { html: 0, css: 0, js: 0, font: 0, other: 0, total: 0, transfer: 0, requests: entries.length };
  for (const entry of entries) {
    sums[entry.kind] += entry.body;
    sums.transfer += entry.transfer;
  }
  sums.total = sums.html + sums.css + sums.js;
  return sums;
}

const filesOf = (entries: NetEntry[]) => entries.map((entry) => ({ path: new URL(entry.url).pathname, bytes: entry.body }));

// ---------------------------------------------------------------------------------------------- browser

async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: [...chromiumArgs, ...extraArgs] });
}

/** Observers installed before any page script: LCP, long tasks and paints, buffered from navigation. */
const observeVitals = () => {
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

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; net: NetLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await context.addInitScript(observeVitals);
  const page = await context.newPage();
  return { context, page, net: new NetLog(page) };
}

async function quiet(page: Page, net: NetLog, extra = 300): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(extra);
  await net.settled();
}

// ---------------------------------------------------------------------------------------------- measurements

interface VisitRun {
  files: { path: string; bytes: number }[];
  bytes: ReturnType<typeof sumBytes>;
  jsBeforeInteraction: number;
  lcp: number;
  fcp: number;
  tbt: number;
}

async function measureVisit(browser: Browser, base: string, path: string): Promise<VisitRun> {
  const { context, page, net } = await newPage(browser);
  try {
    const response = await page.goto(base + path, { waitUntil: 'load' });
    if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
    await quiet(page, net, 1000);
    const vitals = await page.evaluate(() => (globalThis as unknown as { __vitals: { lcp: number; fcp: number; longTasks: { start: number; duration: number }[] } }).__vitals);
    // Total blocking time: the part over 50 ms of each long task after the first contentful paint.
    const tbt = vitals.longTasks.filter((task) => task.start >= vitals.fcp).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    const entries = net.since(0);
    const bytes = sumBytes(entries);
    // Nothing was clicked, hovered or typed: every script fetched so far loaded before interaction.
    return { files: filesOf(entries), bytes, jsBeforeInteraction: bytes.js, lcp: vitals.lcp, fcp: vitals.fcp, tbt };
  } finally {
    await context.close();
  }
}

interface SearchRun {
  coldMs: number;
  warmMs: number;
  bytes: number;
  results: number;
  /** Files of the first search; `at`: ms from the `/` key press to the end of the download. */
  files: { path: string; bytes: number; at: number }[];
}


/** Installs a timer from the next `input` event to the first result option in the search dialog. */
async function armSearchTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const list = document.querySelector('dialog [role="listbox"]');
    const holder = globalThis as unknown as { __searchTime?: Promise<number> };
    holder.__searchTime = new Promise<number>((resolve, reject) => {
      if (!list) return reject(new Error('no search listbox in a dialog'));
      let start: number | undefined;
      document.addEventListener('input', () => (start ??= performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (start !== undefined && list.querySelector('[role="option"]')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(list, { childList: true, subtree: true });
    });
  });
}

async function searchTime(page: Page, query: string): Promise<number> {
  await armSearchTimer(page);
  const input = page.locator('dialog[open] [role="combobox"]');
  await input.fill(query);
  return page.evaluate(
    () =>
      Promise.race([
        (globalThis as unknown as { __searchTime: Promise<number> }).__searchTime,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no result within 20 s')), 20_000)),
      ]),
  );
}

async function measureSearch(browser: Browser, base: string, home: string, query: string, warmUp: string): Promise<SearchRun> {
  const { context, page, net } = await newPage(browser);
  try {
    await page.goto(base + home, { waitUntil: 'load' });
    await quiet(page, net);
    const mark = net.mark();
    const pressedAt = performance.now();
    // A reader's first search: `/` opens the dialog (and starts loading Pagefind), then the query is typed.
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').waitFor({ state: 'visible' });
    const coldMs = await searchTime(page, query);
    await quiet(page, net);
    const entries = net.since(mark);
    const bytes = sumBytes(entries);
    const results = await page.locator('dialog[open] [role="option"]').count();
    // Warm: the same page after another search, Pagefind and its WebAssembly already loaded.
    await page.locator('dialog[open] [role="combobox"]').fill('');
    await searchTime(page, warmUp);
    await page.locator('dialog[open] [role="combobox"]').fill('');
    const warmMs = await searchTime(page, query);
    return { coldMs, warmMs, bytes: bytes.html + bytes.css + bytes.js + bytes.font + bytes.other, results, files: entries.map((entry) => ({ path: new URL(entry.url).pathname, bytes: entry.body, at: Math.round(entry.finishedAt - pressedAt) })) };
  } finally {
    await context.close();
  }
}

interface RunRun {
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

async function measureRun(browser: Browser, base: string, path: string): Promise<RunRun> {
  const { context, page, net } = await newPage(browser);
  try {
    await page.goto(base + path, { waitUntil: 'load' });
    await quiet(page, net);
    // The Run button of the page's first browser-runnable example (its accessible name is "在浏览器中运行 <file>").
    const runner = page.locator('example-runner').filter({ has: page.getByRole('button', { name: /^在浏览器中运行|^Run .* in your browser/ }) }).first();
    if ((await runner.count()) === 0) throw new Error(`${path} has no example with a Run button`);
    const button = runner.getByRole('button', { name: /^在浏览器中运行|^Run .* in your browser/ });
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
    const clickedAt = performance.now();
    await button.click();
    const timing = await page.evaluate(
      () =>
        Promise.race([
          (globalThis as unknown as { __run: Promise<{ first: number; finished: number }> }).__run,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the run did not finish within 120 s')), 120_000)),
        ]),
    );
    await quiet(page, net);
    const entries = net.since(mark);
    const bytes = sumBytes(entries);
    const status = (await runner.locator('.example-status').textContent()) ?? '';
    const output = (await runner.locator('.example-output-text').textContent()) ?? '';
    if (!Number.isFinite(timing.first)) throw new Error(`no output; the example says: ${status}`);
    const files = entries.map((entry) => ({ path: new URL(entry.url).pathname, bytes: entry.body, at: Math.round(entry.finishedAt - clickedAt) }));
    return {
      files,
      downloadedMs: files.reduce((max, file) => Math.max(max, file.at), 0), firstOutputMs: timing.first, finishedMs: timing.finished, bytes: bytes.html + bytes.css + bytes.js + bytes.font + bytes.other, requests: bytes.requests, status, output: output.split('\n', 1)[0] ?? '' };
  } finally {
    await context.close();
  }
}

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
const categories: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
interface LighthouseRun {
  scores: Record<Category, number | null>;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  /** Audits that cost points: id, score, title. */
  misses: { category: Category; id: string; score: number | null; title: string; displayValue?: string; items?: string[] }[];
  /** Where the main-thread time goes (Lighthouse's mainthread-work-breakdown) and the DOM size. */
  diagnostics: { mainThread: { group: string; ms: number }[]; domElements: number | null; mainThreadMs: number | null };
}

/** A few readable lines from an audit's details table: the failing elements or the biggest items. */
function auditItems(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items.slice(0, 3).map((item) => {
    const node = item['node'] as { snippet?: string; selector?: string } | undefined;
    const text = node?.snippet ?? node?.selector ?? (typeof item['url'] === 'string' ? item['url'] : JSON.stringify(item));
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  });
}

async function measureLighthouse(url: string): Promise<LighthouseRun> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const port = await freePort();
  const browser = await launch([`--remote-debugging-port=${port}`]);
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: categories },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(categories.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, score === null || score === undefined ? null : Math.round(score * 100)];
    })) as Record<Category, number | null>;
    const misses: LighthouseRun['misses'] = [];
    for (const id of categories) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const items = auditItems(audit.details);
        misses.push({ category: id, id: ref.id, score: audit.score, title: audit.title, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}), ...(items.length ? { items } : {}) });
      }
    }
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const breakdown = ((lhr.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel?: string; group?: string; duration?: number }[] } | undefined)?.items ?? [])
      .map((item) => ({ group: item.groupLabel ?? item.group ?? '?', ms: Math.round(item.duration ?? 0) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 4);
    const diagnostics = { mainThread: breakdown, domElements: numeric('dom-size-insight') ?? numeric('dom-size'), mainThreadMs: numeric('mainthread-work-breakdown') };
    return { scores, lcp: numeric('largest-contentful-paint'), tbt: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift'), misses, diagnostics };
  } finally {
    await browser.close();
  }
}

async function repeat<T>(label: string, count: number, measure: () => Promise<T>): Promise<{ runs: T[]; errors: string[] }> {
  const results: T[] = [];
  const errors: string[] = [];
  for (let index = 0; index < count; index++) {
    process.stderr.write(`  ${label} ${index + 1}/${count}\r`);
    try {
      results.push(await measure());
    } catch (error) {
      errors.push(error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error));
    }
  }
  process.stderr.write(`  ${label} done${errors.length ? ` (${errors.length} failed: ${errors[0]})` : ''}${' '.repeat(20)}\n`);
  return { runs: results, errors };
}

// ---------------------------------------------------------------------------------------------- main

interface BudgetCheck {
  budget: string;
  limit: string;
  value: string;
  ok: boolean | null;
  over?: string;
  asserted: boolean;
}

async function main() {
  const startedAt = new Date();
  const result: Record<string, unknown> = {
    date: startedAt.toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, chromium: '' },
    options: { runs, runRuns, lighthouseRuns, lighthousePreset: preset, build: !options['no-build'], content: options.content ?? 'content', dist: distDir.replace(root, ''), sections: [...sections] },
  };

  // Build.
  let buildSeconds: number | null = null;
  if (!options['no-build']) {
    const built = await build();
    if (!built.ok) {
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(join(resultsDir, 'build-failed.log'), built.log);
      log(built.log.split('\n').slice(-30).join('\n'));
      throw new Error('npm run build failed (log in tests/bench/results/build-failed.log); fix it or build a snapshot and pass --no-build');
    }
    buildSeconds = built.seconds;
  }
  if (!existsSync(distDir)) throw new Error(`${distDir} is missing: run without --no-build, or build first`);
  // The HTML pages of the build, like tests/site/built-site.ts counts them (Pagefind's and Pyodide's files aside).
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.html') && !entry.startsWith(`pagefind${sep}`) && !entry.startsWith(`pyodide${sep}`))
    .map((entry) => ({ path: `/${entry.split(sep).join('/')}` }));
  const pageCount = {
    total: pages.length,
    zh: pages.filter((page) => page.path.startsWith('/zh/')).length,
    en: pages.filter((page) => page.path.startsWith('/en/')).length,
  };
  const index: SearchIndexSize[] = searchIndexSizes(distDir);
  result['build'] = { seconds: buildSeconds, pages: pageCount, searchIndex: index };

  // Static figures (the ones `npm test` asserts).
  const staticVisits: Record<string, FirstVisit | null> = {};
  for (const page of budgets.firstVisit.pages) staticVisits[page] = firstVisit(distDir, page) ?? null;
  const staticSearch: Record<string, number> = {};
  for (const query of budgets.search.zhQueries) staticSearch[query] = (await firstSearch(distDir, 'zh-CN', query)).bytes;
  for (const query of budgets.search.enQueries) staticSearch[query] = (await firstSearch(distDir, 'en', query)).bytes;

  const port = await freePort();
  const server = await serve(port);
  const base = `http://127.0.0.1:${port}`;
  const browser = await launch();
  (result['machine'] as Record<string, unknown>)['chromium'] = browser.version();
  log(`Serving dist/ on ${base}; Chromium ${browser.version()}; ${runs} runs each`);

  const visits: Record<string, unknown> = {};
  const searches: Record<string, unknown> = {};
  let runResult: Record<string, unknown> | undefined;
  const lighthouseResults: Record<string, unknown> = {};
  try {
    if (sections.has('visit')) {
      log('First visits:');
      for (const page of budgets.firstVisit.pages) {
        const { runs: measured, errors } = await repeat(page, runs, () => measureVisit(browser, base, page));
        const pick = (get: (run: VisitRun) => number) => median(measured.map(get));
        const visit = staticVisits[page];
        visits[page] = {
          median: {
            html: pick((run) => run.bytes.html),
            css: pick((run) => run.bytes.css),
            js: pick((run) => run.bytes.js),
            font: pick((run) => run.bytes.font),
            other: pick((run) => run.bytes.other),
            total: pick((run) => run.bytes.total),
            transfer: pick((run) => run.bytes.transfer),
            requests: pick((run) => run.bytes.requests),
            jsBeforeInteraction: pick((run) => run.jsBeforeInteraction),
            lcp: pick((run) => run.lcp),
            fcp: pick((run) => run.fcp),
            tbt: pick((run) => run.tbt),
          },
          static: visit
            ? { ...visit.bytes, total: visit.total, inlineJs: visit.inlineJs, jsBeforeInteraction: visit.jsBeforeInteraction, resources: visit.resources.map(({ path, kind, bytes, raw }) => ({ path, kind, bytes, raw })) }
            : null,
          runs: measured,
          errors,
        };
      }
    }

    if (sections.has('search')) {
      log('Search:');
      for (const [lang, home, queries] of [
        ['zh', '/zh/', budgets.search.zhQueries],
        ['en', '/en/', budgets.search.enQueries],
      ] as const) {
        const perQuery: Record<string, unknown> = {};
        for (const query of queries) {
          const warmUp = queries.find((other) => other !== query) ?? query;
          const { runs: measured, errors } = await repeat(`${lang} “${query}”`, runs, () => measureSearch(browser, base, home, query, warmUp));
          perQuery[query] = {
            median: {
              coldMs: median(measured.map((run) => run.coldMs)),
              warmMs: median(measured.map((run) => run.warmMs)),
              bytes: median(measured.map((run) => run.bytes)),
              results: median(measured.map((run) => run.results)),
            },
            staticBytes: staticSearch[query] ?? null,
            runs: measured,
            errors,
          };
        }
        searches[lang] = perQuery;
      }
    }

    if (sections.has('run')) {
      log('Run in the browser:');
      const page = '/zh/concepts/event-loop/';
      const { runs: measured, errors } = await repeat(page, runRuns, () => measureRun(browser, base, page));
      runResult = {
        page,
        median: {
          firstOutputMs: median(measured.map((run) => run.firstOutputMs)),
          finishedMs: median(measured.map((run) => run.finishedMs)),
          downloadedMs: median(measured.map((run) => run.downloadedMs)),
          bytes: median(measured.map((run) => run.bytes)),
          requests: median(measured.map((run) => run.requests)),
        },
        runs: measured,
        errors,
      };
    }
  } finally {
    await browser.close();
  }

  try {
    if (sections.has('lighthouse')) {
      log(`Lighthouse (${preset}, ${lighthouseRuns} run${lighthouseRuns > 1 ? 's' : ''} per page):`);
      for (const page of budgets.firstVisit.pages) {
        const { runs: measured, errors } = await repeat(page, lighthouseRuns, () => measureLighthouse(base + page));
        const scores = Object.fromEntries(categories.map((id) => [id, median(measured.flatMap((run) => (run.scores[id] === null ? [] : [run.scores[id]])))]));
        lighthouseResults[page] = {
          median: { ...scores, lcp: median(measured.map((run) => run.lcp ?? Number.NaN)), tbt: median(measured.map((run) => run.tbt ?? Number.NaN)), cls: median(measured.map((run) => run.cls ?? Number.NaN)) },
          misses: measured[0]?.misses ?? [],
          diagnostics: measured[0]?.diagnostics ?? null,
          runs: measured.map(({ scores: runScores, lcp, tbt, cls }) => ({ scores: runScores, lcp, tbt, cls })),
          errors,
        };
      }
    }
  } finally {
    server.kill();
  }

  result['firstVisit'] = visits;
  result['search'] = searches;
  result['run'] = runResult ?? null;
  result['lighthouse'] = lighthouseResults;

  // Budgets.
  const checks: BudgetCheck[] = [];
  const check = (budget: string, limit: number, value: number | null | undefined, format: (value: number) => string, asserted: boolean, atLeast = false) => {
    const ok = value === null || value === undefined ? null : atLeast ? value >= limit : value <= limit;
    checks.push({
      budget,
      limit: `${atLeast ? '≥' : '≤'} ${format(limit)}`,
      value: value === null || value === undefined ? 'not measured' : format(value),
      ok,
      ...(ok === false && value !== null && value !== undefined ? { over: `${atLeast ? 'short by' : 'over by'} ${format(Math.abs(value - limit))}` } : {}),
      asserted,
    });
  };
  for (const page of budgets.firstVisit.pages) {
    const visit = staticVisits[page];
    const measured = (visits[page] as { median: Record<string, number | null> } | undefined)?.median;
    check(`first visit ${page}: HTML+CSS+JS (static)`, budgets.firstVisit.maxTotalKB * KB, visit?.total, kb, true);
    check(`first visit ${page}: JS before interaction (static)`, budgets.firstVisit.maxJsBeforeInteractionKB * KB, visit?.jsBeforeInteraction, kb, true);
    if (measured) {
      check(`first visit ${page}: HTML+CSS+JS (measured)`, budgets.firstVisit.maxTotalKB * KB, measured['total'], kb, false);
      // Inline scripts are inside the HTML response; the static figure adds them to the measured external JS.
      const js = measured['jsBeforeInteraction'];
      check(`first visit ${page}: JS before interaction (measured + inline)`, budgets.firstVisit.maxJsBeforeInteractionKB * KB, js === null || js === undefined ? null : js + (visit?.inlineJs ?? 0), kb, false);
    }
  }
  for (const query of budgets.search.zhQueries) {
    check(`first Chinese search “${query}” bytes (static)`, budgets.search.maxFirstChineseSearchKB * KB, staticSearch[query], kb, true);
    const measured = (searches['zh'] as Record<string, { median: { bytes: number | null } }> | undefined)?.[query]?.median.bytes;
    if (measured !== undefined) check(`first Chinese search “${query}” bytes (measured)`, budgets.search.maxFirstChineseSearchKB * KB, measured, kb, false);
  }
  for (const [lang, queries] of [['zh', budgets.search.zhQueries], ['en', budgets.search.enQueries]] as const) {
    for (const query of queries) {
      const measured = (searches[lang] as Record<string, { median: { coldMs: number | null } }> | undefined)?.[query]?.median.coldMs;
      if (measured !== undefined) check(`search “${query}” first results, cold page`, budgets.search.maxFirstResultsMsCold, measured, ms, false);
    }
  }
  for (const page of budgets.firstVisit.pages) {
    const scores = (lighthouseResults[page] as { median: Record<string, number | null> } | undefined)?.median;
    if (!scores) continue;
    for (const id of categories) check(`Lighthouse ${id} ${page}`, budgets.lighthouse[id], scores[id], String, false, true);
  }
  result['budgets'] = checks;

  // Write the results and compare with the previous run.
  mkdirSync(resultsDir, { recursive: true });
  const latestFile = join(resultsDir, 'latest.json');
  const baselineFile = join(benchDir, 'baseline.json');
  const previousFile = existsSync(latestFile) ? latestFile : existsSync(baselineFile) ? baselineFile : undefined;
  const previous = previousFile ? (JSON.parse(readFileSync(previousFile, 'utf8')) as Record<string, unknown>) : undefined;
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(resultsDir, `${stamp}.json`), json);
  writeFileSync(latestFile, json);
  // The committed baseline keeps medians and static figures, not every run's file list.
  if (options['save-baseline']) writeFileSync(baselineFile, `${JSON.stringify(result, (key, value: unknown) => (key === 'runs' ? undefined : value), 2)}\n`);

  printReport(result, previous, previousFile);
  log(`\nWrote tests/bench/results/${stamp}.json and latest.json${options['save-baseline'] ? ' and tests/bench/baseline.json' : ''}.`);
}

// ---------------------------------------------------------------------------------------------- report

/** The headline figures of a result as a flat map, for comparing two runs. */
function headline(result: Record<string, unknown>): Map<string, number> {
  const figures = new Map<string, number>();
  const put = (key: string, value: unknown) => {
    if (typeof value === 'number' && Number.isFinite(value)) figures.set(key, value);
  };
  const build = result['build'] as { seconds: number | null; pages: { total: number }; searchIndex: SearchIndexSize[] } | undefined;
  put('build time (s)', build?.seconds);
  put('pages', build?.pages.total);
  for (const size of build?.searchIndex ?? []) put(`search index ${size.lang} (bytes)`, size.index + size.fragments);
  for (const [page, visit] of Object.entries((result['firstVisit'] ?? {}) as Record<string, { median: Record<string, number | null> }>)) {
    for (const key of ['total', 'jsBeforeInteraction', 'font', 'lcp', 'tbt']) put(`${page} ${key}`, visit.median[key]);
  }
  for (const [lang, queries] of Object.entries((result['search'] ?? {}) as Record<string, Record<string, { median: Record<string, number | null> }>>)) {
    for (const [query, search] of Object.entries(queries)) {
      for (const key of ['coldMs', 'warmMs', 'bytes']) put(`search ${lang} “${query}” ${key}`, search.median[key]);
    }
  }
  const run = result['run'] as { median: Record<string, number | null> } | null | undefined;
  if (run) for (const key of ['firstOutputMs', 'finishedMs', 'bytes']) put(`Run ${key}`, run.median[key]);
  for (const [page, lighthouse] of Object.entries((result['lighthouse'] ?? {}) as Record<string, { median: Record<string, number | null> }>)) {
    for (const id of categories) put(`Lighthouse ${page} ${id}`, lighthouse.median[id]);
  }
  return figures;
}

function printReport(result: Record<string, unknown>, previous: Record<string, unknown> | undefined, previousFile: string | undefined) {
  const out: string[] = [];
  const machine = result['machine'] as { cpus: number; node: string; chromium: string };
  out.push(`\nAsync Python Guide benchmark — ${String(result['date'])} — ${machine.cpus} CPUs, Node ${machine.node}, Chromium ${machine.chromium}`);
  out.push(`Medians of ${runs} runs (Lighthouse: ${lighthouseRuns}). Timings are noisy on a shared machine; bytes are exact.\n`);

  const build = result['build'] as { seconds: number | null; pages: { total: number; zh: number; en: number }; searchIndex: SearchIndexSize[] };
  out.push(table(
    [
      ['build time', build.seconds === null ? 'not built (--no-build)' : `${build.seconds.toFixed(1)} s`],
      ['pages', `${build.pages.total} (zh ${build.pages.zh}, en ${build.pages.en})`],
      ...build.searchIndex.map((size) => [`search index ${size.lang}`, `${kb(size.index)} index + ${kb(size.fragments)} fragments + ${kb(size.wasm)} wasm, ${size.pages} pages, ${size.files} files`]),
    ],
    ['build', ''],
  ));

  const visits = result['firstVisit'] as Record<string, { median: Record<string, number | null>; static: Record<string, number> | null; errors: string[] }>;
  if (Object.keys(visits).length) {
    out.push('\nFirst visit (compressed bytes, measured in Chromium; static = computed from dist/ like npm test)');
    out.push(table(
      Object.entries(visits).map(([page, visit]) => [
        page,
        kb(visit.median['html']), kb(visit.median['css']), kb(visit.median['js']), kb(visit.median['font']), kb(visit.median['other']),
        kb(visit.median['total']), visit.static ? kb(visit.static['total']) : 'missing',
        kb(visit.median['jsBeforeInteraction']), visit.static ? kb(visit.static['jsBeforeInteraction']) : '—',
        ms(visit.median['lcp']), ms(visit.median['tbt']), String(visit.median['requests'] ?? '—'),
        visit.errors.length ? `${visit.errors.length} failed: ${visit.errors[0]}` : '',
      ]),
      ['page', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'H+C+J', 'static', 'JS before int.', 'static+inline', 'LCP', 'TBT', 'requests', 'errors'],
    ));
  }

  const searches = result['search'] as Record<string, Record<string, { median: Record<string, number | null>; staticBytes: number | null; errors: string[]; runs: SearchRun[] }>>;
  if (Object.keys(searches).length) {
    out.push('\nSearch (time from typing to the first result; bytes from pressing / to the results shown)');
    out.push(table(
      Object.entries(searches).flatMap(([lang, queries]) => Object.entries(queries).map(([query, search]) => [
        lang, query, ms(search.median['coldMs']), ms(search.median['warmMs']), kb(search.median['bytes']), kb(search.staticBytes), String(search.median['results'] ?? '—'),
        search.errors.length ? `${search.errors.length} failed: ${search.errors[0]}` : '',
      ])),
      ['lang', 'query', 'cold', 'warm', 'first-search bytes', 'static', 'results', 'errors'],
    ));
  }

  if (Object.keys(searches).length) {
    // What the first search downloads, by part (first run of each query).
    const part = (path: string) => (/\.m?js$/.test(path) ? 'JS' : /\.pagefind$|\.wasm$/.test(path) ? 'wasm' : /pf_fragment$/.test(path) ? 'fragments' : /pf_index$|pf_meta$|pf_filter$|entry\.json$/.test(path) ? 'index' : 'other');
    const rows: string[][] = [];
    for (const [lang, queries] of Object.entries(searches)) {
      for (const [query, search] of Object.entries(queries)) {
        const files = search.runs[0]?.files ?? [];
        const sums = new Map<string, { bytes: number; count: number }>();
        for (const file of files) {
          const entry = sums.get(part(file.path)) ?? { bytes: 0, count: 0 };
          entry.bytes += file.bytes;
          entry.count += 1;
          sums.set(part(file.path), entry);
        }
        const cell = (name: string) => {
          const entry = sums.get(name);
          return entry ? `${kb(entry.bytes)} (${entry.count})` : '—';
        };
        const lastAt = files.reduce((max, file) => Math.max(max, file.at), 0);
        rows.push([lang, query, cell('JS'), cell('wasm'), cell('index'), cell('fragments'), cell('other'), ms(lastAt)]);
      }
    }
    out.push('\nFirst search bytes by part (first run; files in brackets; last download after the / key)');
    out.push(table(rows, ['lang', 'query', 'pagefind JS', 'wasm', 'index', 'fragments', 'other', 'last file at']));
  }

  const run = result['run'] as { page: string; median: Record<string, number | null>; errors: string[]; runs: RunRun[] } | null;
  if (run) {
    out.push(`\nRun in the browser (${run.page}, first example, fresh cache each run, ${runRuns} run${runRuns > 1 ? 's' : ''})`);
    out.push(table(
      [[ms(run.median['firstOutputMs']), ms(run.median['downloadedMs']), ms(run.median['finishedMs']), kb(run.median['bytes']), String(run.median['requests'] ?? '—'), run.runs[0]?.status ?? '', run.errors.length ? `${run.errors.length} failed: ${run.errors[0]}` : '']],
      ['click → first output', 'click → last download', 'click → finished', 'bytes', 'requests', 'status', 'errors'],
    ));
    const files = run.runs[0]?.files ?? [];
    if (files.length) out.push(`  ${files.map((file) => `${file.path} ${kb(file.bytes)} at ${ms(file.at)}`).join('; ')}`);
    out.push('  serve-dist.ts compresses each response on the fly at brotli quality 11 (about 40 s of CPU for pyodide.asm.wasm here);\n  a static host or CDN serves precompressed files, so most of the download time above is the test server, not the site.');
  }

  const lighthouse = result['lighthouse'] as Record<string, { median: Record<string, number | null>; misses: LighthouseRun['misses']; diagnostics: LighthouseRun['diagnostics'] | null; errors: string[] }>;
  if (Object.keys(lighthouse).length) {
    out.push(`\nLighthouse (${preset})`);
    out.push(table(
      Object.entries(lighthouse).map(([page, entry]) => [
        page, ...categories.map((id) => String(entry.median[id] ?? '—')), ms(entry.median['lcp']), ms(entry.median['tbt']),
        entry.errors.length ? `${entry.errors.length} failed: ${entry.errors[0]}` : '',
      ]),
      ['page', 'perf', 'a11y', 'best', 'SEO', 'LCP (sim.)', 'TBT (sim.)', 'errors'],
    ));
    for (const [page, entry] of Object.entries(lighthouse)) {
      if (entry.diagnostics) {
        const { mainThread, domElements, mainThreadMs } = entry.diagnostics;
        out.push(`  ${page}: main thread ${ms(mainThreadMs)} (${mainThread.map((item) => `${item.group} ${item.ms} ms`).join(', ')}), ${domElements ?? '?'} DOM elements`);
      }
      for (const miss of entry.misses) {
        out.push(`  ${page} ${miss.category}: ${miss.id} (${miss.score === null ? '—' : Math.round(miss.score * 100)}) ${miss.title}${miss.displayValue ? ` — ${miss.displayValue}` : ''}`);
        for (const item of miss.items ?? []) out.push(`      ${item}`);
      }
    }
  }

  const checks = result['budgets'] as BudgetCheck[];
  out.push('\nBudgets (tests/bench/budgets.json; asserted = checked by npm test)');
  out.push(table(
    checks.map((entry) => [entry.ok === null ? '?' : entry.ok ? 'ok' : 'MISS', entry.budget, entry.limit, entry.value, entry.over ?? '', entry.asserted ? 'asserted' : 'reported']),
    ['', 'budget', 'limit', 'value', '', ''],
  ));

  if (previous && previousFile) {
    const before = headline(previous);
    const now = headline(result);
    const rows: string[][] = [];
    for (const [key, value] of now) {
      const old = before.get(key);
      if (old === undefined) continue;
      const delta = value - old;
      const percent = old === 0 ? (delta === 0 ? 0 : Infinity) : (delta / old) * 100;
      rows.push([key, String(Math.round(old * 10) / 10), String(Math.round(value * 10) / 10), `${delta >= 0 ? '+' : ''}${Math.round(delta * 10) / 10}`, Number.isFinite(percent) ? `${percent >= 0 ? '+' : ''}${percent.toFixed(0)}%` : 'new']);
    }
    out.push(`\nCompared with ${previousFile.replace(root, '')} (${String(previous['date'])})`);
    out.push(rows.length ? table(rows, ['figure', 'before', 'now', 'change', '%']) : '(no common figures)');
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
