/**
 * npm run examples [-- content/examples/<topic>/<name>.py ...]
 *
 * Runs every example (or the given ones) and writes what it printed to `<name>.out` next to it:
 * - with CPython (`PYTHON`, default /usr/bin/python3) when it is new enough for `requires`;
 * - otherwise in Pyodide (CPython 3.14 in WebAssembly) under Node;
 * - `not-run` examples are only compiled.
 * Each example runs twice (three times if the two differ): the output must be stable.
 * Browser-runnable examples are also run in Pyodide and compared, as the test suite does.
 * content/examples/manifest.json records which runner produced each output.
 * Options: --no-browser-check (skip the Pyodide comparison), --quiet (no output echo),
 *   --browser-check-all (also compare stdlib examples marked `browser: no`, to see whether they could run).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { chooseRunner, isBrowserRunnable, type Service } from '../../src/lib/examples/header.ts';
import { unifiedDiff } from '../../src/lib/examples/diff.ts';
import type { ManifestEntry } from '../../src/lib/examples/manifest.ts';
import {
  compareRuns,
  compileExample,
  cpythonVersion,
  listExamples,
  loadExample,
  PyodideRunner,
  pyodidePythonVersion,
  python,
  runCPython,
  sourceHash,
  startServices,
  toExampleId,
  updateManifest,
  type Example,
  type RunningServices,
  type RunResult,
} from './examples-harness.ts';

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const files = args.filter((arg) => !arg.startsWith('--'));
for (const flag of flags) {
  if (!['--no-browser-check', '--quiet', '--browser-check-all'].includes(flag)) {
    console.error(`Unknown option ${flag}. Usage: npm run examples [-- [--no-browser-check|--browser-check-all] [--quiet] content/examples/<topic>/<name>.py ...]`);
    process.exit(2);
  }
}
const browserCheck = !flags.has('--no-browser-check');
const quiet = flags.has('--quiet');
const checkAll = flags.has('--browser-check-all');

const ids = files.length > 0 ? files.map(toExampleId) : listExamples();
if (ids.length === 0) {
  console.error('No examples found under content/examples/.');
  process.exit(1);
}
const cpython = cpythonVersion();
const pyodideVersion = pyodidePythonVersion();
console.log(`Running ${ids.length} example(s): CPython ${cpython} (${python}), Pyodide with CPython ${pyodideVersion} for newer ones.`);

const examples = ids.map(loadExample);
const needed = new Set<Service>(examples.filter((e) => e.header.notRun === undefined).flatMap((e) => e.header.services));
let services: RunningServices | undefined;
const pyodide = new PyodideRunner();
const failures: string[] = [];
const warnings: string[] = [];
const unstable: string[] = [];
const manifest: Record<string, ManifestEntry | null> = {};

function indent(text: string): string {
  return text.replace(/\n$/, '').split('\n').map((line) => `  │ ${line}`).join('\n');
}

function describeFailure(result: RunResult, example: Example): string | undefined {
  if (result.timedOut) return `timed out after ${example.header.timeout}s (raise it with "# timeout: N" if the example really needs longer)`;
  if (result.exitCode !== 0) return `exited with status ${result.exitCode}`;
  return undefined;
}

try {
  if (needed.size > 0) {
    console.log(`Starting services: ${[...needed].join(', ')}`);
    services = await startServices(needed);
  }
  for (const example of examples) {
    const { header } = example;
    if (header.problems.length > 0) {
      failures.push(`${example.id}: bad header:\n    ${header.problems.join('\n    ')}`);
      console.log(`✗ ${example.id}: bad header`);
      continue;
    }
    const runner = chooseRunner(header, cpython, pyodideVersion);
    if (typeof runner === 'object') {
      failures.push(`${example.id}: ${runner.problem}`);
      console.log(`✗ ${example.id}: ${runner.problem}`);
      continue;
    }
    if (runner === 'none') {
      const error = compileExample(example);
      if (error) {
        failures.push(`${example.id}: does not compile:\n${indent(error)}`);
        console.log(`✗ ${example.id}: does not compile`);
        continue;
      }
      if (existsSync(example.outPath)) rmSync(example.outPath);
      manifest[example.id] = { runner: 'none', sha256: sourceHash(example.source) };
      console.log(`○ ${example.id}: not run (${header.notRun}); compiles`);
      continue;
    }
    const runOnce = () => {
      services?.reset(header.services);
      return runner === 'cpython' ? runCPython(example, services?.env ?? {}) : pyodide.run(example);
    };
    const label = runner === 'cpython' ? `CPython ${cpython}` : `Pyodide (CPython ${pyodide.version || pyodideVersion})`;
    let result = await runOnce();
    const failure = describeFailure(result, example);
    if (failure) {
      failures.push(`${example.id}: ${failure} on ${label}; output:\n${indent(result.output || '(no output)')}`);
      console.log(`✗ ${example.id}: ${failure} on ${label}`);
      continue;
    }
    // Run it again: the committed output must be what the example prints every time.
    const again = await runOnce();
    if (again.output !== result.output || again.exitCode !== 0) {
      const third = await runOnce();
      const diff = unifiedDiff(result.output, again.output, { expected: `${example.id} (run 1)`, actual: `${example.id} (run 2)` });
      if (third.exitCode === 0 && (third.output === result.output || third.output === again.output)) {
        result = third;
        unstable.push(`${example.id}: output changed between runs (kept the one 2 of 3 runs printed); round timings more coarsely or remove the varying part:\n${indent(diff || again.output)}`);
        console.log(`  ! output changed between runs (see the summary)`);
      } else {
        failures.push(`${example.id}: nondeterministic: three runs printed different output on ${label}:\n${indent(diff || again.output)}`);
        console.log(`✗ ${example.id}: nondeterministic output on ${label}`);
        continue;
      }
    }
    writeFileSync(example.outPath, result.output);
    manifest[example.id] = { runner, python: runner === 'cpython' ? cpython : pyodide.version || pyodideVersion, sha256: sourceHash(example.source) };
    console.log(`✓ ${example.id}: ${label}, ${(result.ms / 1000).toFixed(1)}s -> ${example.name.replace(/\.py$/, '.out')}`);
    if (!quiet) console.log(indent(result.output || '(no output)'));

    const stdlibOnly = header.packages.length === 0 && header.services.length === 0;
    if (browserCheck && runner === 'cpython' && (isBrowserRunnable(header) || (checkAll && stdlibOnly))) {
      const browser = await compareRuns(example, result.output, 'Pyodide', () => pyodide.run(example));
      if (!browser.ok) {
        warnings.push(
          `${example.id}: runs differently in Pyodide (the Run button and the test suite use it):\n${indent(browser.message)}\n` +
            '  Make the output deterministic, or mark the example "# browser: no (reason)".',
        );
        console.log(`  ! Pyodide output differs (see the summary)`);
      } else {
        console.log(`  ✓ same output in Pyodide`);
      }
    }
  }
} finally {
  await pyodide.close();
  services?.stop();
  if (Object.keys(manifest).length > 0) await updateManifest(manifest);
}

if (unstable.length > 0) console.log(`\n${unstable.length} example(s) printed different output on different runs:\n\n${unstable.join('\n\n')}`);
if (warnings.length > 0) console.log(`\n${warnings.length} example(s) differ in Pyodide:\n\n${warnings.join('\n\n')}`);
if (failures.length > 0) console.log(`\n${failures.length} example(s) failed (no .out written for them):\n\n${failures.join('\n\n')}`);
const ok = ids.length - failures.length;
console.log(`\n${ok}/${ids.length} example(s) captured${unstable.length ? `, ${unstable.length} unstable` : ''}${warnings.length ? `, ${warnings.length} differ in Pyodide` : ''}.`);
process.exitCode = failures.length > 0 || warnings.length > 0 || unstable.length > 0 ? 1 : 0;
