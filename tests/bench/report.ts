/** The bench's report: tables on stdout and the headline figures compared with the previous run. */
import type { LighthouseRun } from './lighthouse.ts';
import { categories } from './lighthouse.ts';
import type { RunRun } from './pyodide-run.ts';
import type { SearchRun } from './search.ts';
import type { SearchIndexSize } from './static-sizes.ts';
import { budgets, KB } from './budgets.ts';
import type { FirstVisit } from './static-sizes.ts';
import { kb, ms, table } from './util.ts';

/** What the report needs to know about how the bench ran. */
export interface ReportSettings {
  runs: number;
  runRuns: number;
  lighthouseRuns: number;
  preset: 'mobile' | 'desktop';
  /** The repository root, cut from file names in the report. */
  root: string;
}

/** One budget as checked: its limit, the value found, and whether `npm test` asserts it. */
export interface BudgetCheck {
  budget: string;
  limit: string;
  value: string;
  ok: boolean | null;
  over?: string;
  asserted: boolean;
}

/** Medians, runs and errors of one way of measuring. */
export interface Measured<T> {
  median: Record<string, number | null>;
  runs: T[];
  errors: string[];
}

/** The Run section of a result: one entry per variant (cold, intent, warm). */
export interface RunResult {
  page: string;
  variants: Record<string, Measured<RunRun>>;
}

/** Checks tests/bench/budgets.json against the static figures and the measured medians of `result`. */
export function checkBudgets(
  result: Record<string, unknown>,
  staticVisits: Record<string, FirstVisit | null>,
  staticSearch: Record<string, number>,
): BudgetCheck[] {
  const visits = (result['firstVisit'] ?? {}) as Record<string, unknown>;
  const searches = (result['search'] ?? {}) as Record<string, unknown>;
  const lighthouseResults = (result['lighthouse'] ?? {}) as Record<string, unknown>;
  const checks: BudgetCheck[] = [];
  const check = (
    budget: string,
    limit: number,
    value: number | null | undefined,
    format: (value: number) => string,
    asserted: boolean,
    atLeast = false,
  ) => {
    const ok = value === null || value === undefined ? null : atLeast ? value >= limit : value <= limit;
    checks.push({
      budget,
      limit: `${atLeast ? '≥' : '≤'} ${format(limit)}`,
      value: value === null || value === undefined ? 'not measured' : format(value),
      ok,
      ...(ok === false && value !== null && value !== undefined
        ? { over: `${atLeast ? 'short by' : 'over by'} ${format(Math.abs(value - limit))}` }
        : {}),
      asserted,
    });
  };
  for (const page of budgets.firstVisit.pages) {
    const visit = staticVisits[page];
    const measured = (visits[page] as { median: Record<string, number | null> } | undefined)?.median;
    check(`first visit ${page}: HTML+CSS+JS (static)`, budgets.firstVisit.maxTotalKB * KB, visit?.total, kb, true);
    check(
      `first visit ${page}: JS before interaction (static)`,
      budgets.firstVisit.maxJsBeforeInteractionKB * KB,
      visit?.jsBeforeInteraction,
      kb,
      true,
    );
    if (measured) {
      check(
        `first visit ${page}: HTML+CSS+JS (measured)`,
        budgets.firstVisit.maxTotalKB * KB,
        measured['total'],
        kb,
        false,
      );
      // Inline scripts are inside the HTML response; the static figure adds them to the measured external JS.
      const js = measured['jsBeforeInteraction'];
      check(
        `first visit ${page}: JS before interaction (measured + inline)`,
        budgets.firstVisit.maxJsBeforeInteractionKB * KB,
        js === null || js === undefined ? null : js + (visit?.inlineJs ?? 0),
        kb,
        false,
      );
    }
  }
  for (const query of budgets.search.zhQueries) {
    check(
      `first Chinese search “${query}” bytes (static)`,
      budgets.search.maxFirstChineseSearchKB * KB,
      staticSearch[query],
      kb,
      true,
    );
    const measured = (searches['zh'] as Record<string, { median: { bytes: number | null } }> | undefined)?.[query]
      ?.median.bytes;
    if (measured !== undefined)
      check(
        `first Chinese search “${query}” bytes (measured)`,
        budgets.search.maxFirstChineseSearchKB * KB,
        measured,
        kb,
        false,
      );
  }
  for (const [lang, queries] of [
    ['zh', budgets.search.zhQueries],
    ['en', budgets.search.enQueries],
  ] as const) {
    for (const query of queries) {
      const measured = (searches[lang] as Record<string, { median: { coldMs: number | null } }> | undefined)?.[query]
        ?.median.coldMs;
      if (measured !== undefined)
        check(`search “${query}” first results, cold page`, budgets.search.maxFirstResultsMsCold, measured, ms, false);
    }
  }
  for (const page of budgets.firstVisit.pages) {
    const scores = (lighthouseResults[page] as { median: Record<string, number | null> } | undefined)?.median;
    if (!scores) continue;
    for (const id of categories)
      check(`Lighthouse ${id} ${page}`, budgets.lighthouse[id], scores[id], String, false, true);
  }
  return checks;
}

/** The headline figures of a result as a flat map, for comparing two runs. */
export function headline(result: Record<string, unknown>): Map<string, number> {
  const figures = new Map<string, number>();
  const put = (key: string, value: unknown) => {
    if (typeof value === 'number' && Number.isFinite(value)) figures.set(key, value);
  };
  const build = result['build'] as
    { seconds: number | null; pages: { total: number }; searchIndex: SearchIndexSize[] } | undefined;
  put('build time (s)', build?.seconds);
  put('pages', build?.pages.total);
  for (const size of build?.searchIndex ?? []) put(`search index ${size.lang} (bytes)`, size.index + size.fragments);
  for (const [page, visit] of Object.entries(
    (result['firstVisit'] ?? {}) as Record<string, { median: Record<string, number | null> }>,
  )) {
    for (const key of ['total', 'jsBeforeInteraction', 'font', 'lcp', 'tbt']) put(`${page} ${key}`, visit.median[key]);
  }
  for (const [lang, queries] of Object.entries(
    (result['search'] ?? {}) as Record<string, Record<string, { median: Record<string, number | null> }>>,
  )) {
    for (const [query, search] of Object.entries(queries)) {
      for (const key of ['coldMs', 'warmMs', 'bytes']) put(`search ${lang} “${query}” ${key}`, search.median[key]);
    }
  }
  const run = result['run'] as RunResult | null | undefined;
  for (const [variant, entry] of Object.entries(run?.variants ?? {})) {
    for (const key of ['firstOutputMs', 'finishedMs', 'bytes']) put(`Run ${variant} ${key}`, entry.median[key]);
  }
  for (const [page, lighthouse] of Object.entries(
    (result['lighthouse'] ?? {}) as Record<string, { median: Record<string, number | null> }>,
  )) {
    for (const id of categories) put(`Lighthouse ${page} ${id}`, lighthouse.median[id]);
  }
  return figures;
}

/** Prints the report's tables to stdout: build, visits, search, Run, Lighthouse, budgets, change since last run. */
export function printReport(
  result: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
  previousFile: string | undefined,
  settings: ReportSettings,
) {
  const { runs, runRuns, lighthouseRuns, preset, root } = settings;
  const out: string[] = [];
  const machine = result['machine'] as { cpus: number; node: string; chromium: string };
  out.push(
    `\nAsync Python Guide benchmark — ${String(result['date'])} — ${machine.cpus} CPUs, Node ${machine.node}, Chromium ${machine.chromium}`,
  );
  out.push(
    `Medians of ${runs} runs (Lighthouse: ${lighthouseRuns}). Timings are noisy on a shared machine; bytes are exact.\n`,
  );

  const build = result['build'] as {
    seconds: number | null;
    pages: { total: number; zh: number; en: number };
    searchIndex: SearchIndexSize[];
  };
  out.push(
    table(
      [
        ['build time', build.seconds === null ? 'not built (--no-build)' : `${build.seconds.toFixed(1)} s`],
        ['pages', `${build.pages.total} (zh ${build.pages.zh}, en ${build.pages.en})`],
        ...build.searchIndex.map((size) => [
          `search index ${size.lang}`,
          `${kb(size.index)} index + ${kb(size.fragments)} fragments + ${kb(size.wasm)} wasm, ${size.pages} pages, ${size.files} files`,
        ]),
      ],
      ['build', ''],
    ),
  );

  const visits = result['firstVisit'] as Record<
    string,
    { median: Record<string, number | null>; static: Record<string, number> | null; errors: string[] }
  >;
  if (Object.keys(visits).length) {
    out.push('\nFirst visit (compressed bytes, measured in Chromium; static = computed from dist/ like npm test)');
    out.push(
      table(
        Object.entries(visits).map(([page, visit]) => [
          page,
          kb(visit.median['html']),
          kb(visit.median['css']),
          kb(visit.median['js']),
          kb(visit.median['font']),
          kb(visit.median['other']),
          kb(visit.median['total']),
          visit.static ? kb(visit.static['total']) : 'missing',
          kb(visit.median['jsBeforeInteraction']),
          visit.static ? kb(visit.static['jsBeforeInteraction']) : '—',
          ms(visit.median['lcp']),
          ms(visit.median['tbt']),
          String(visit.median['requests'] ?? '—'),
          visit.errors.length ? `${visit.errors.length} failed: ${visit.errors[0]}` : '',
        ]),
        [
          'page',
          'HTML',
          'CSS',
          'JS',
          'fonts',
          'other',
          'H+C+J',
          'static',
          'JS before int.',
          'static+inline',
          'LCP',
          'TBT',
          'requests',
          'errors',
        ],
      ),
    );
  }

  const searches = result['search'] as Record<
    string,
    Record<
      string,
      { median: Record<string, number | null>; staticBytes: number | null; errors: string[]; runs: SearchRun[] }
    >
  >;
  if (Object.keys(searches).length) {
    out.push(
      '\nSearch (typed at 100 ms a character into a just-opened dialog: last keystroke → first results; bytes from /)',
    );
    out.push(
      table(
        Object.entries(searches).flatMap(([lang, queries]) =>
          Object.entries(queries).map(([query, search]) => [
            lang,
            query,
            ms(search.median['coldMs']),
            ms(search.median['warmMs']),
            kb(search.median['bytes']),
            kb(search.staticBytes),
            String(search.median['results'] ?? '—'),
            search.errors.length ? `${search.errors.length} failed: ${search.errors[0]}` : '',
          ]),
        ),
        ['lang', 'query', 'cold', 'warm', 'first-search bytes', 'static', 'results', 'errors'],
      ),
    );
  }

  if (Object.keys(searches).length) {
    // What the first search downloads, by part (first run of each query).
    const part = (path: string) =>
      /\.m?js$/.test(path)
        ? 'JS'
        : /\.pagefind$|\.wasm$/.test(path)
          ? 'wasm'
          : /pf_fragment$/.test(path)
            ? 'fragments'
            : /pf_index$|pf_meta$|pf_filter$|entry\.json$/.test(path)
              ? 'index'
              : 'other';
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

  const run = result['run'] as RunResult | null;
  if (run) {
    out.push(`\nRun in the browser (${run.page}, first example, ${runRuns} run${runRuns > 1 ? 's' : ''} of each)`);
    out.push('  cold: empty cache, click at once; intent: empty cache, pointer on Run 500 ms before the click;');
    out.push('  warm: second visit, files in the HTTP cache');
    out.push(
      table(
        Object.entries(run.variants).map(([variant, entry]) => [
          variant,
          ms(entry.median['firstOutputMs']),
          ms(entry.median['downloadedMs']),
          ms(entry.median['finishedMs']),
          kb(entry.median['bytes']),
          String(entry.median['requests'] ?? '—'),
          entry.runs[0]?.status ?? '',
          entry.errors.length ? `${entry.errors.length} failed: ${entry.errors[0]}` : '',
        ]),
        [
          '',
          'click → first output',
          'click → last download',
          'click → finished',
          'bytes',
          'requests',
          'status',
          'errors',
        ],
      ),
    );
    const files = run.variants['cold']?.runs[0]?.files ?? [];
    if (files.length)
      out.push(`  cold: ${files.map((file) => `${file.path} ${kb(file.bytes)} at ${ms(file.at)}`).join('; ')}`);
  }

  const lighthouse = result['lighthouse'] as Record<
    string,
    {
      median: Record<string, number | null>;
      misses: LighthouseRun['misses'];
      diagnostics: LighthouseRun['diagnostics'] | null;
      errors: string[];
    }
  >;
  if (Object.keys(lighthouse).length) {
    out.push(`\nLighthouse (${preset})`);
    out.push(
      table(
        Object.entries(lighthouse).map(([page, entry]) => [
          page,
          ...categories.map((id) => String(entry.median[id] ?? '—')),
          ms(entry.median['lcp']),
          ms(entry.median['tbt']),
          entry.errors.length ? `${entry.errors.length} failed: ${entry.errors[0]}` : '',
        ]),
        ['page', 'perf', 'a11y', 'best', 'SEO', 'LCP (sim.)', 'TBT (sim.)', 'errors'],
      ),
    );
    for (const [page, entry] of Object.entries(lighthouse)) {
      if (entry.diagnostics) {
        const { mainThread, domElements, mainThreadMs } = entry.diagnostics;
        out.push(
          `  ${page}: main thread ${ms(mainThreadMs)} (${mainThread.map((item) => `${item.group} ${item.ms} ms`).join(', ')}), ${domElements ?? '?'} DOM elements`,
        );
      }
      for (const miss of entry.misses) {
        out.push(
          `  ${page} ${miss.category}: ${miss.id} (${miss.score === null ? '—' : Math.round(miss.score * 100)}) ${miss.title}${miss.displayValue ? ` — ${miss.displayValue}` : ''}`,
        );
        for (const item of miss.items ?? []) out.push(`      ${item}`);
      }
    }
  }

  const checks = result['budgets'] as BudgetCheck[];
  out.push('\nBudgets (tests/bench/budgets.json; asserted = checked by npm test)');
  out.push(
    table(
      checks.map((entry) => [
        entry.ok === null ? '?' : entry.ok ? 'ok' : 'MISS',
        entry.budget,
        entry.limit,
        entry.value,
        entry.over ?? '',
        entry.asserted ? 'asserted' : 'reported',
      ]),
      ['', 'budget', 'limit', 'value', '', ''],
    ),
  );

  if (previous && previousFile) {
    const before = headline(previous);
    const now = headline(result);
    const rows: string[][] = [];
    for (const [key, value] of now) {
      const old = before.get(key);
      if (old === undefined) continue;
      const delta = value - old;
      const percent = old === 0 ? (delta === 0 ? 0 : Infinity) : (delta / old) * 100;
      rows.push([
        key,
        String(Math.round(old * 10) / 10),
        String(Math.round(value * 10) / 10),
        `${delta >= 0 ? '+' : ''}${Math.round(delta * 10) / 10}`,
        Number.isFinite(percent) ? `${percent >= 0 ? '+' : ''}${percent.toFixed(0)}%` : 'new',
      ]);
    }
    out.push(`\nCompared with ${previousFile.replace(root, '')} (${String(previous['date'])})`);
    out.push(rows.length ? table(rows, ['figure', 'before', 'now', 'change', '%']) : '(no common figures)');
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
