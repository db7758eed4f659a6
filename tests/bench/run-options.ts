/** The bench's command line (`npm run bench -- …`, options listed in run.ts) and the settings derived from it. */
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

/** The repository root. */
export const root = new URL('../../', import.meta.url).pathname;
/** tests/bench/, where baseline.json lives. */
export const benchDir = new URL('./', import.meta.url).pathname;

/** tests/bench/results/, where every run's JSON goes. */
export const resultsDir = join(benchDir, 'results');

/** The parsed flags, as given. */
export const { values: options } = parseArgs({
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
/** The build directory measured, with a trailing separator: --dist names another build; building writes dist/. */
export const distDir = resolve(root, options.dist ?? 'dist') + sep;
/** Runs of each browser measurement. */
export const runs = Math.max(1, Number(options.runs));
/** Runs of each Lighthouse audit. */
export const lighthouseRuns = Math.max(1, Number(options['lighthouse-runs']));
/** Runs of each in-browser Run variant: each boots Pyodide (megabytes, tens of seconds), so --run-runs lowers it alone. */
export const runRuns = Math.max(1, Number(options['run-runs'] ?? runs));
/** The sections measured: visit, search, run, lighthouse. */
export const sections = new Set((options.only ?? 'visit,search,run,lighthouse').split(','));
if (options['no-lighthouse']) sections.delete('lighthouse');
/** Lighthouse's form factor. */
export const preset: 'mobile' | 'desktop' = options['lighthouse-preset'] === 'desktop' ? 'desktop' : 'mobile';
