/**
 * The bench's report: tables on stdout and the headline figures compared with the previous run. The tables
 * live in report-tables.ts (build, visits, search), report-budgets.ts and report-compare.ts; this module
 * holds the result types, the Run and Lighthouse tables and the order of the sections.
 */
import type { LighthouseRun } from './lighthouse.ts';
import { categories } from './lighthouse.ts';
import type { RunRun } from './pyodide-run.ts';
import { budgetsSection } from './report-budgets.ts';
import { comparisonSection } from './report-compare.ts';
import { buildSection, searchSections, visitSection } from './report-tables.ts';
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

/** Pushes the in-browser Run table of `result` onto `out`, if the Run section ran. */
function runSection(result: Record<string, unknown>, runRuns: number, out: string[]): void {
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
}

/** Pushes the Lighthouse table and its misses and diagnostics onto `out`, if Lighthouse ran. */
function lighthouseSection(result: Record<string, unknown>, preset: string, out: string[]): void {
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
  buildSection(result, out);
  visitSection(result, out);
  searchSections(result, out);
  runSection(result, runRuns, out);
  lighthouseSection(result, preset, out);
  budgetsSection(result, out);
  if (previous && previousFile) comparisonSection(result, previous, previousFile, root, out);
  process.stdout.write(`${out.join('\n')}\n`);
}
