/**
 * npm run examples [-- content/examples/<topic>/<name>.py ...]
 *
 * Runs every example (or the given ones) and writes what it printed to `<name>.out` next to it:
 * - on the newest CPython venv that supports it (its output is committed), twice, to prove it stable;
 * - on its declared minimum CPython too: a different output is kept in the manifest as a variant;
 * - in Pyodide (CPython 3.14 in WebAssembly) under Node when no CPython here is new enough, and, for
 *   browser-runnable examples, to check that Run in the browser prints the same;
 * - `not-run` examples are only compiled;
 * - `timeline: yes` examples: the newest CPython's runs are traced, and the trace of a run that printed
 *   the committed output is written to `<name>.trace.json`, once two runs' traces agree
 *   (src/lib/examples/trace.ts) and the trace agrees with the output. The newest CPython is the
 *   reference because its output is the committed one, so the picture and the output come from one run.
 * content/examples/manifest.json records the runners, the locked package versions and the content key.
 * Options: --no-browser-check (skip the Pyodide comparison), --quiet (no output echo).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { sourceHash, type ManifestEntry } from '../../src/lib/content/example.ts';
import { unifiedDiff } from '../../src/lib/examples/diff.ts';
import type { Service } from '../../src/lib/examples/header.ts';
import { checkTraceOutput, compareTraces, formatTrace, parseTrace, type Trace } from '../../src/lib/examples/trace.ts';
import { contentKey, listExamples, planRunners, toExampleId } from './examples/plan.ts';
import { compareRuns, explainFailure, updateManifest } from './examples/record.ts';
import { compileExample, PyodideRunner, runCPython, type RunResult } from './examples/runners.ts';
import { startServices, type RunningServices } from './examples/services.ts';
import { openSession, packageVersions, planAll, type PlannedExample } from './examples/session.ts';

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
for (const flag of flags) {
  if (!['--no-browser-check', '--quiet'].includes(flag)) {
    console.error(
      `Unknown option ${flag}. Usage: npm run examples [-- [--no-browser-check] [--quiet] content/examples/<topic>/<name>.py ...]`,
    );
    process.exit(2);
  }
}
const browserCheck = !flags.has('--no-browser-check');
const quiet = flags.has('--quiet');
const files = args.filter((arg) => !arg.startsWith('--'));
const ids = files.length > 0 ? files.map(toExampleId) : listExamples();
if (ids.length === 0) {
  console.error('No examples found under content/examples/.');
  process.exit(1);
}

const session = openSession();
console.log(`Running ${ids.length} example(s). Found: ${session.describe}.`);
const planned = planAll(session, ids);
const needed = new Set<Service>(
  planned.filter((p) => p.plan.capture !== 'none').flatMap((p) => p.example.header.services),
);
const pyodide = new PyodideRunner();
const failures: string[] = [];
const warnings: string[] = [];
const manifest: Record<string, ManifestEntry | null> = {};
let services: RunningServices | undefined;

function indent(text: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `  │ ${line}`)
    .join('\n');
}

function failed(result: RunResult, timeout: number): string | undefined {
  if (result.timedOut)
    return `stopped at its timeout of ${timeout}s (raise it with "# timeout: N" if it really needs longer)`;
  if (result.exitCode !== 0) return `exited with status ${result.exitCode}`;
  return undefined;
}

/** Runs twice (three times if the two differ) and returns the stable output, or records a failure. */
async function stableOutput(
  item: PlannedExample,
  label: string,
  runOnce: () => Promise<RunResult>,
): Promise<string | undefined> {
  const { example } = item;
  const first = await runOnce();
  const failure = failed(first, example.header.timeout);
  if (failure) {
    const output = indent(first.output || '(no output)');
    failures.push(
      `${example.file}: ${failure} on ${label}; output:\n${output}${explainFailure(example, first.output)}`,
    );
    console.log(`✗ ${example.file}: ${failure} on ${label}`);
    return undefined;
  }
  const again = await runOnce();
  if (again.exitCode === 0 && again.output === first.output) return first.output;
  const third = await runOnce();
  const diff = unifiedDiff(first.output, again.output, {
    expected: `${example.file} (run 1)`,
    actual: `${example.file} (run 2)`,
  });
  if (third.exitCode === 0 && (third.output === first.output || third.output === again.output)) {
    warnings.push(
      `${example.file}: output changed between runs on ${label}; use thresholds or ratios, not raw timings:\n${indent(diff)}`,
    );
    return third.output;
  }
  failures.push(`${example.file}: three runs on ${label} printed different output:\n${indent(diff || again.output)}`);
  console.log(`✗ ${example.file}: nondeterministic output on ${label}`);
  return undefined;
}

async function capture(item: PlannedExample): Promise<void> {
  const { example, plan } = item;
  const runners = planRunners(plan, session.pyodideVersion);
  const packages = packageVersions(example, session.locked);
  if (plan.problems.length > 0) {
    failures.push(`${example.file}:\n    ${plan.problems.join('\n    ')}`);
    console.log(`✗ ${example.file}: ${plan.problems[0]}`);
    return;
  }
  for (const note of plan.notes) console.log(`  ! ${example.file}: ${note}`);
  if (plan.capture === 'none') {
    const newest = plan.cpythons[0];
    const error = newest
      ? compileExample(example, newest)
      : `no CPython ${example.header.requires}+ here to compile it`;
    if (error) {
      failures.push(`${example.file}: does not compile:\n${indent(error)}`);
      console.log(`✗ ${example.file}: does not compile`);
      return;
    }
    if (existsSync(example.outPath)) rmSync(example.outPath);
    manifest[example.file] = {
      runner: 'none',
      ...(Object.keys(packages).length ? { packages } : {}),
      sha256: sourceHash(example.source),
    };
    console.log(`○ ${example.file}: not run (${example.header.notRun}); compiles on CPython ${newest!.version}`);
    return;
  }
  const traces: { output: string; trace: string | undefined }[] = [];
  const runOn = (index: number) => async () => {
    await services?.reset(example.header.services);
    const traced = index === 0 && example.header.timeline !== undefined;
    const result = await runCPython(example, plan.cpythons[index]!, services?.env ?? {}, undefined, traced);
    if (traced) traces.push({ output: result.output, trace: result.trace });
    return result;
  };
  // An example newer than every CPython here is captured, and traced, in Pyodide.
  const onPyodide = async () => {
    const result = await pyodide.run(example, undefined, example.header.timeline !== undefined);
    if (example.header.timeline) traces.push({ output: result.output, trace: result.trace });
    return result;
  };
  const mainLabel =
    plan.capture === 'cpython' ? `CPython ${plan.cpythons[0]!.version}` : `Pyodide ${session.pyodideVersion}`;
  const output = await stableOutput(item, mainLabel, plan.capture === 'cpython' ? runOn(0) : onPyodide);
  if (output === undefined) return;
  const variants: Record<string, string> = {};
  const oldest = plan.cpythons[1];
  if (plan.capture === 'cpython' && oldest) {
    const older = await stableOutput(item, `CPython ${oldest.version}`, runOn(1));
    if (older === undefined) return;
    if (older !== output) variants[oldest.minor] = older;
  }
  if (browserCheck && plan.capture === 'cpython' && plan.pyodide) {
    const withOutput = { ...example, output };
    const browser = await compareRuns(withOutput, output, `Pyodide ${session.pyodideVersion}`, () =>
      pyodide.run(example),
    );
    if (!browser.ok) {
      failures.push(
        `${example.file}: runs differently in Pyodide (Run in the browser uses it):\n${indent(browser.message)}\n` +
          '  Make the output deterministic, or mark the example "# browser: no (reason)".',
      );
      console.log(`✗ ${example.file}: Pyodide output differs`);
      return;
    }
  }
  if (example.header.timeline && plan.capture === 'cpython') {
    // The committed output must be the program's own, not the tracer's: one untraced run must print it too.
    await services?.reset(example.header.services);
    const plain = await runCPython(example, plan.cpythons[0]!, services?.env ?? {});
    if (plain.output !== output) {
      const diff = unifiedDiff(plain.output, output, { expected: 'untraced run', actual: 'traced run' });
      failures.push(`${example.file}: the timeline tracer changes its output:\n${indent(diff)}`);
      console.log(`✗ ${example.file}: the timeline tracer changes its output`);
      return;
    }
  }
  const trace = await timelineTrace(example, output, traces, plan.capture === 'cpython' ? runOn(0) : onPyodide);
  if (trace === null) return;
  if (trace !== undefined) writeFileSync(example.tracePath, trace);
  else if (existsSync(example.tracePath)) rmSync(example.tracePath);
  writeFileSync(example.outPath, output);
  const pythons =
    plan.capture === 'cpython'
      ? plan.cpythons.map((i) => i.version).reverse()
      : [pyodide.version || session.pyodideVersion];
  manifest[example.file] = {
    runner: plan.capture,
    python: pythons.at(-1)!,
    pythons,
    ...(Object.keys(packages).length ? { packages } : {}),
    ...(Object.keys(variants).length ? { variants } : {}),
    sha256: sourceHash(example.source),
    key: contentKey(
      { ...example, output, ...(trace !== undefined ? { traceJson: trace } : {}) },
      runners,
      session.lockText,
      variants,
    ),
  };
  const extra = Object.keys(variants).length
    ? ` (differs on ${Object.keys(variants).join(', ')}: kept as a variant)`
    : '';
  console.log(`✓ ${example.file}: ${runners.join(', ')}${extra}`);
  if (!quiet) console.log(indent(output || '(no output)'));
}

/**
 * The trace to commit for a `timeline: yes` example (undefined for others), or null after recording a
 * failure. Two traced runs that printed the committed output must record the same events; when they
 * differ (timers due within microseconds of each other can fire in different loop turns), up to two more
 * runs are made and the events two runs agree on win. Of those runs, the one whose timers fired least
 * late is committed. Its lanes must match the output (src/lib/examples/trace.ts).
 */
async function timelineTrace(
  example: PlannedExample['example'],
  output: string,
  traces: { output: string; trace: string | undefined }[],
  runAgain: () => Promise<RunResult>,
): Promise<string | undefined | null> {
  if (!example.header.timeline) return undefined;
  const name = example.name.replace(/\.py$/, '.trace.json');
  const fail = (why: string) => {
    failures.push(`${example.file}: ${why}`);
    console.log(`✗ ${example.file}: ${why.split('\n')[0]}`);
    return null;
  };
  let agreeing: Trace[] = [];
  for (let extra = 0; agreeing.length < 2; extra++) {
    const parsed = traces.filter((t) => t.output === output && t.trace).map((t) => parseTrace(t.trace!, name));
    const groups = Map.groupBy(parsed, (trace) => JSON.stringify(trace.order));
    agreeing = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    if (agreeing.length >= 2) break;
    if (extra === 2) {
      if (parsed.length === 0) return fail(`the traced runs wrote no ${name}`);
      const events = parsed.length > 1 ? compareTraces(parsed[0]!, parsed[1]!).map((d) => d.message) : [];
      return fail(`no two traced runs recorded the same events:\n${indent(events.join('\n') || '(one run)')}`);
    }
    await runAgain();
  }
  const [best, ...others] = agreeing.sort((a, b) => a.duration - b.duration) as [Trace, ...Trace[]];
  for (const other of others) {
    const differences = compareTraces(best, other);
    if (differences.length > 0) {
      console.log(`  ! ${example.file}: timings differ between runs (a loaded machine?): ${differences[0]!.message}`);
    }
  }
  const mismatch = checkTraceOutput(best, output, example.header.timeline);
  if (mismatch.length > 0) return fail(`${name} does not match the output:\n${indent(mismatch.join('\n'))}`);
  return formatTrace(best);
}

try {
  if (needed.size > 0) {
    console.log(`Starting services: ${[...needed].join(', ')}`);
    services = await startServices(needed);
  }
  for (const item of planned) await capture(item);
} finally {
  await pyodide.close();
  services?.stop();
  if (Object.keys(manifest).length > 0) await updateManifest(manifest);
}

if (warnings.length > 0) console.log(`\n${warnings.length} warning(s):\n\n${warnings.join('\n\n')}`);
if (failures.length > 0)
  console.log(`\n${failures.length} example(s) failed (no .out written for them):\n\n${failures.join('\n\n')}`);
console.log(`\n${ids.length - failures.length}/${ids.length} example(s) captured. Runners: ${session.describe}.`);
process.exitCode = failures.length > 0 || warnings.length > 0 ? 1 : 0;
