/**
 * `npm run bench`: builds the site, serves dist/ like a static host (tests/tools/serve-dist.ts, brotli)
 * and measures it in headless Chromium, several runs each, reporting medians: first-visit bytes, LCP and
 * TBT of three pages, search latency (typed at 100 ms a character) and bytes, the first in-browser Run of an example, build time,
 * page count, search index size and Lighthouse scores. Prints a table, writes
 * tests/bench/results/<timestamp>.json and latest.json, compares with the previous run (or
 * tests/bench/baseline.json) and checks tests/bench/budgets.json.
 *
 * Options: --no-build  --runs N (5)  --run-runs N (= runs)  --lighthouse-runs N (1)  --no-lighthouse  --lighthouse-preset mobile|desktop
 *          --only visit,search,run,lighthouse  --save-baseline  --dist DIR (measure another build, with --no-build)
 *          --content DIR (build from another content folder: GUIDE_CONTENT_DIR, e.g. a snapshot of finished pages)
 * Timings depend on the machine and its load: compare runs made on the same machine, at rest.
 * Flags are parsed in run-options.ts and each section is measured in run-measure.ts; this file orders them.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { budgets } from './budgets.ts';
import { launch } from './net-log.ts';
import { firstVisit } from './page-bytes.ts';
import type { FirstVisit } from './page-bytes.ts';
import { printReport } from './report.ts';
import { checkBudgets } from './report-budgets.ts';
import { measureLighthouses, measureRuns, measureSearches, measureVisits } from './run-measure.ts';
import {
  benchDir,
  distDir,
  lighthouseRuns,
  options,
  preset,
  resultsDir,
  root,
  runRuns,
  runs,
  sections,
} from './run-options.ts';
import { firstSearch, searchIndexSizes } from './search-bytes.ts';
import type { SearchIndexSize } from './search-bytes.ts';
import { freePort } from '../support/free-port.ts';
import { log } from './util.ts';

// ---------------------------------------------------------------------------------------------- build

async function build(): Promise<{ seconds: number; ok: boolean; log: string }> {
  log(`Building the site (npm run build${options.content ? `, GUIDE_CONTENT_DIR=${options.content}` : ''})…`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...(options.content ? { GUIDE_CONTENT_DIR: options.content } : {}),
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) =>
      resolve({ seconds: (performance.now() - started) / 1000, ok: code === 0, log: output }),
    );
  });
}

// ---------------------------------------------------------------------------------------------- server

async function serve(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'tests/tools/serve-dist.ts'), String(port), distDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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

// ---------------------------------------------------------------------------------------------- main

/** Builds, serves, measures every section, checks the budgets, writes the JSON and prints the report. */
async function main() {
  const startedAt = new Date();
  const result: Record<string, unknown> = {
    date: startedAt.toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, chromium: '' },
    options: {
      runs,
      runRuns,
      lighthouseRuns,
      lighthousePreset: preset,
      build: !options['no-build'],
      content: options.content ?? 'content',
      dist: distDir.replace(root, ''),
      sections: [...sections],
    },
  };

  // Build.
  let buildSeconds: number | null = null;
  if (!options['no-build']) {
    const built = await build();
    if (!built.ok) {
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(join(resultsDir, 'build-failed.log'), built.log);
      log(built.log.split('\n').slice(-30).join('\n'));
      throw new Error(
        'npm run build failed (log in tests/bench/results/build-failed.log); fix it or build a snapshot and pass --no-build',
      );
    }
    buildSeconds = built.seconds;
  }
  if (!existsSync(distDir)) throw new Error(`${distDir} is missing: run without --no-build, or build first`);
  // The HTML pages of the build, like tests/site/built-site.ts counts them (Pagefind's and Pyodide's files aside).
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter(
      (entry) => entry.endsWith('.html') && !entry.startsWith(`pagefind${sep}`) && !entry.startsWith(`pyodide${sep}`),
    )
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
  for (const query of budgets.search.zhQueries)
    staticSearch[query] = (await firstSearch(distDir, 'zh-CN', query)).bytes;
  for (const query of budgets.search.enQueries) staticSearch[query] = (await firstSearch(distDir, 'en', query)).bytes;

  const port = await freePort();
  const server = await serve(port);
  const base = `http://127.0.0.1:${port}`;
  const browser = await launch();
  (result['machine'] as Record<string, unknown>)['chromium'] = browser.version();
  log(`Serving dist/ on ${base}; Chromium ${browser.version()}; ${runs} runs each`);

  let visits: Record<string, unknown> = {};
  let searches: Record<string, unknown> = {};
  let runResult: Record<string, unknown> | undefined;
  let lighthouseResults: Record<string, unknown> = {};
  try {
    if (sections.has('visit')) visits = await measureVisits(browser, base, staticVisits);
    if (sections.has('search')) searches = await measureSearches(browser, base, staticSearch);
    if (sections.has('run')) runResult = await measureRuns(browser, base);
  } finally {
    await browser.close();
  }

  try {
    if (sections.has('lighthouse')) lighthouseResults = await measureLighthouses(base);
  } finally {
    server.kill();
  }

  result['firstVisit'] = visits;
  result['search'] = searches;
  result['run'] = runResult ?? null;
  result['lighthouse'] = lighthouseResults;

  result['budgets'] = checkBudgets(result, staticVisits, staticSearch);

  // Write the results and compare with the previous run.
  mkdirSync(resultsDir, { recursive: true });
  const latestFile = join(resultsDir, 'latest.json');
  const baselineFile = join(benchDir, 'baseline.json');
  const previousFile = existsSync(latestFile) ? latestFile : existsSync(baselineFile) ? baselineFile : undefined;
  const previous = previousFile
    ? (JSON.parse(readFileSync(previousFile, 'utf8')) as Record<string, unknown>)
    : undefined;
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(resultsDir, `${stamp}.json`), json);
  writeFileSync(latestFile, json);
  // The committed baseline keeps medians and static figures, not every run's file list.
  if (options['save-baseline'])
    writeFileSync(
      baselineFile,
      `${JSON.stringify(result, (key, value: unknown) => (key === 'runs' ? undefined : value), 2)}\n`,
    );

  printReport(result, previous, previousFile, { runs, runRuns, lighthouseRuns, preset, root });
  log(
    `\nWrote tests/bench/results/${stamp}.json and latest.json${options['save-baseline'] ? ' and tests/bench/baseline.json' : ''}.`,
  );
}

await main();
