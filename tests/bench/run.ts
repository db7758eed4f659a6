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
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { budgets } from './budgets.ts';
import { categories, measureLighthouse } from './lighthouse.ts';
import { launch } from './net-log.ts';
import { measureRun } from './pyodide-run.ts';
import type { RunRun } from './pyodide-run.ts';
import { checkBudgets, printReport } from './report.ts';
import { measureSearch } from './search.ts';
import { firstSearch, firstVisit, searchIndexSizes } from './static-sizes.ts';
import type { FirstVisit, SearchIndexSize } from './static-sizes.ts';
import { freePort, log, median, repeat } from './util.ts';
import { measureVisit } from './visit.ts';
import type { VisitRun } from './visit.ts';

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
const preset: 'mobile' | 'desktop' = options['lighthouse-preset'] === 'desktop' ? 'desktop' : 'mobile';

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

  const visits: Record<string, unknown> = {};
  const searches: Record<string, unknown> = {};
  let runResult: Record<string, unknown> | undefined;
  const lighthouseResults: Record<string, unknown> = {};
  try {
    if (sections.has('visit')) {
      log('First visits:');
      for (const page of budgets.firstVisit.pages) {
        const { runs: measured, errors } = await repeat(page, runs, () => measureVisit(browser, base, page, distDir));
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
            ? {
                ...visit.bytes,
                total: visit.total,
                inlineJs: visit.inlineJs,
                jsBeforeInteraction: visit.jsBeforeInteraction,
                resources: visit.resources.map(({ path, kind, bytes, raw }) => ({ path, kind, bytes, raw })),
              }
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
          const { runs: measured, errors } = await repeat(`${lang} “${query}”`, runs, () =>
            measureSearch(browser, base, home, query, warmUp, distDir),
          );
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
      const variants: Record<string, unknown> = {};
      for (const variant of ['cold', 'intent', 'warm'] as const) {
        const label = `${page} ${variant}`;
        const { runs: measured, errors } = await repeat(label, runRuns, () =>
          measureRun(browser, base, page, distDir, variant),
        );
        const pick = (get: (run: RunRun) => number) => median(measured.map(get));
        variants[variant] = {
          median: {
            firstOutputMs: pick((run) => run.firstOutputMs),
            finishedMs: pick((run) => run.finishedMs),
            downloadedMs: pick((run) => run.downloadedMs),
            bytes: pick((run) => run.bytes),
            requests: pick((run) => run.requests),
          },
          runs: measured,
          errors,
        };
      }
      runResult = { page, variants };
    }
  } finally {
    await browser.close();
  }

  try {
    if (sections.has('lighthouse')) {
      log(`Lighthouse (${preset}, ${lighthouseRuns} run${lighthouseRuns > 1 ? 's' : ''} per page):`);
      for (const page of budgets.firstVisit.pages) {
        const { runs: measured, errors } = await repeat(page, lighthouseRuns, () =>
          measureLighthouse(base + page, preset),
        );
        const scores = Object.fromEntries(
          categories.map((id) => [
            id,
            median(measured.flatMap((run) => (run.scores[id] === null ? [] : [run.scores[id]]))),
          ]),
        );
        lighthouseResults[page] = {
          median: {
            ...scores,
            lcp: median(measured.map((run) => run.lcp ?? Number.NaN)),
            tbt: median(measured.map((run) => run.tbt ?? Number.NaN)),
            cls: median(measured.map((run) => run.cls ?? Number.NaN)),
          },
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
