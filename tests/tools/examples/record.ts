/**
 * Recording runs: the committed manifest (written by `npm run examples`), the local cache of runs that
 * `npm run test:examples` found passing (.cache/examples-runs.json, not committed), and the comparison
 * of a fresh run with the committed output.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readManifest, type Example, type Manifest, type ManifestEntry } from '../../../src/lib/content/example.ts';
import { unifiedDiff } from '../../../src/lib/examples/diff.ts';
import { examplesDir, manifestPath } from './plan.ts';
import { repoRoot } from './pythons.ts';
import type { RunResult } from './runners.ts';
import { checkTraceOutput, compareTraces, parseTrace } from '../../../src/lib/examples/trace.ts';

/**
 * Judges a traced run of a `timeline: yes` example: its trace must agree with the committed one (see
 * src/lib/examples/trace.ts) and with its own output. Returns '' when it does, else what differs.
 * `timing: false` checks events only (order, lanes, outcomes): Pyodide's timers are not CPython's.
 */
export function checkRunTrace(example: Example, result: RunResult, options: { timing?: boolean } = {}): string {
  const traceName = example.name.replace(/\.py$/, '.trace.json');
  if (!example.header.timeline) return '';
  if (result.trace === undefined) return 'the traced run wrote no trace';
  if (example.traceJson === undefined) return `no committed ${traceName}`;
  const fresh = parseTrace(result.trace, 'fresh trace');
  const problems = [
    ...compareTraces(parseTrace(example.traceJson, traceName), fresh)
      .filter((d) => options.timing !== false || d.kind === 'events')
      .map((d) => `${traceName}: ${d.message}`),
    ...checkTraceOutput(fresh, result.output, example.header.timeline),
  ];
  return problems.length > 0 ? `timeline trace:\n  ${problems.join('\n  ')}` : '';
}

/** Updates manifest entries under a lock, so writers running single examples at once do not clash. */
export async function updateManifest(entries: Record<string, ManifestEntry | null>): Promise<void> {
  const lock = `${manifestPath}.lock`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    const manifest = readManifest(examplesDir);
    for (const [id, entry] of Object.entries(entries)) {
      if (entry === null) delete manifest.examples[id];
      else manifest.examples[id] = entry;
    }
    for (const id of Object.keys(manifest.examples)) {
      if (!existsSync(join(examplesDir, id))) delete manifest.examples[id];
    }
    const sorted: Manifest = {
      examples: Object.fromEntries(Object.entries(manifest.examples).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    const tmp = `${manifestPath}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
    renameSync(tmp, manifestPath);
  } finally {
    rmdirSync(lock);
  }
}

const cachePath = join(repoRoot, '.cache/examples-runs.json');

/** Keys of runs that passed on this machine: `<example>` -> content key. */
export function readRunCache(): Record<string, string> {
  if (!existsSync(cachePath)) return {};
  try {
    return JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Records that an example passed with the given content key. */
export function recordPass(id: string, key: string): void {
  const cache = readRunCache();
  cache[id] = key;
  mkdirSync(dirname(cachePath), { recursive: true });
  const tmp = `${cachePath}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(cache, null, 1)}\n`);
  renameSync(tmp, cachePath);
}

export interface Comparison {
  ok: boolean;
  /** Why the last attempt failed: a unified diff, a timeout, an exit status, a missing package. */
  message: string;
  attempts: number;
}

/** Names the example and the package when an import failed. */
export function explainFailure(example: Example, output: string): string {
  const missing = /ModuleNotFoundError: No module named '([^'.]+)/.exec(output);
  if (!missing) return '';
  return (
    `\n${example.file} imports "${missing[1]}", which its runner does not have: list its package in the header ` +
    '("# packages: …"), add it to python/requirements.in and run `npm run setup:python -- --upgrade`.'
  );
}

/**
 * Runs `run` and compares its output with `expected`, exactly, then (when given) lets `check` judge the
 * rest of the result, e.g. its timeline trace. A mismatch is retried (up to `attempts` runs in all)
 * because a loaded machine can push a timing over a threshold; an example that is really wrong fails
 * every attempt.
 */
export async function compareRuns(
  example: Example,
  expected: string,
  runnerLabel: string,
  run: () => Promise<RunResult>,
  attempts = 3,
  check?: (result: RunResult) => string,
): Promise<Comparison> {
  let message = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = await run();
    if (result.timedOut) {
      message = `${example.file}: stopped at its timeout of ${example.header.timeout}s on ${runnerLabel}; output so far:\n${result.output}`;
    } else if (result.exitCode !== 0) {
      message =
        `${example.file}: exited with status ${result.exitCode} on ${runnerLabel}; output:\n${result.output}` +
        explainFailure(example, result.output);
    } else {
      const outName = example.name.replace(/\.py$/, '.out');
      const diff = unifiedDiff(expected, result.output, {
        expected: `${outName} (committed)`,
        actual: `${example.file} on ${runnerLabel}`,
      });
      const problem = diff ? '' : (check?.(result) ?? '');
      if (!diff && !problem) return { ok: true, message: '', attempts: attempt };
      message = diff
        ? `${example.file}: output on ${runnerLabel} differs from the committed ${outName}:\n${diff}`
        : `${example.file} on ${runnerLabel}: ${problem}\n`;
    }
    // A timeout or a crash is not a timing accident: do not retry those.
    if (result.timedOut || result.exitCode !== 0) return { ok: false, message, attempts: attempt };
  }
  return { ok: false, message: `${message}(differed in all ${attempts} attempts)`, attempts };
}
