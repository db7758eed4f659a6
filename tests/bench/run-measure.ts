/** The bench's browser measurements, one function per section, each returning the medians, runs and errors. */
import type { Browser } from '@playwright/test';
import { budgets } from './budgets.ts';
import { categories, measureLighthouse } from './lighthouse.ts';
import type { FirstVisit } from './page-bytes.ts';
import { measureRun } from './pyodide-run.ts';
import type { RunRun } from './pyodide-run.ts';
import { distDir, lighthouseRuns, preset, runRuns, runs } from './run-options.ts';
import { measureSearch } from './search.ts';
import { log, median, repeat } from './util.ts';
import { measureVisit } from './visit.ts';
import type { VisitRun } from './visit.ts';

/** Measures the first visit of each budgeted page in Chromium, next to its static figures. */
export async function measureVisits(
  browser: Browser,
  base: string,
  staticVisits: Record<string, FirstVisit | null>,
): Promise<Record<string, unknown>> {
  const visits: Record<string, unknown> = {};
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
  return visits;
}

/** Measures each budgeted query, per language, typed into a just-opened search dialog. */
export async function measureSearches(
  browser: Browser,
  base: string,
  staticSearch: Record<string, number>,
): Promise<Record<string, unknown>> {
  const searches: Record<string, unknown> = {};
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
  return searches;
}

/** Measures the first in-browser Run of an example: cold, intent and warm. */
export async function measureRuns(browser: Browser, base: string): Promise<Record<string, unknown>> {
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
  return { page, variants };
}

/** Runs Lighthouse on each budgeted page and keeps the median scores, the misses and the diagnostics. */
export async function measureLighthouses(base: string): Promise<Record<string, unknown>> {
  const lighthouseResults: Record<string, unknown> = {};
  log(`Lighthouse (${preset}, ${lighthouseRuns} run${lighthouseRuns > 1 ? 's' : ''} per page):`);
  for (const page of budgets.firstVisit.pages) {
    const { runs: measured, errors } = await repeat(page, lighthouseRuns, () => measureLighthouse(base + page, preset));
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
  return lighthouseResults;
}
