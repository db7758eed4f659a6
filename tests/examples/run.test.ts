/**
 * Runs each example on every runner it is planned for (its newest CPython, its declared minimum, and
 * Pyodide for browser-runnable ones) and compares with the committed output (or its recorded variant).
 * A recorded run whose content key (source, output, lock, runner versions) is unchanged is reused;
 * `npm run test:examples:full` (GUIDE_EXAMPLES_FULL=1) ignores recorded runs and runs everything;
 * GUIDE_EXAMPLES=<id>,<id> runs just those examples (e.g. `queues/backpressure.py`), recorded or not.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Service } from '../../src/lib/examples/header.ts';
import { contentKey, listExamples, planRunners } from '../tools/examples/plan.ts';
import { checkRunTrace, compareRuns, readRunCache, recordPass } from '../tools/examples/record.ts';
import { PyodideRunner, runCPython } from '../tools/examples/runners.ts';
import { startServices, type RunningServices } from '../tools/examples/services.ts';
import { openSession, planAll } from '../tools/examples/session.ts';

const full = process.env['GUIDE_EXAMPLES_FULL'] === '1';
const only = new Set((process.env['GUIDE_EXAMPLES'] ?? '').split(',').filter(Boolean));
const session = openSession();
const cache = readRunCache();
const planned = planAll(session, listExamples())
  .filter(({ plan }) => plan.problems.length === 0 && plan.capture !== 'none')
  .map((item) => {
    const runners = planRunners(item.plan, session.pyodideVersion);
    const key = contentKey(item.example, runners, session.lockText, item.example.ran?.variants ?? {});
    const recorded = item.example.ran?.key === key || cache[item.example.file] === key;
    return { ...item, runners, key, recorded };
  });
const toRun =
  only.size > 0
    ? planned.filter((item) => only.has(item.example.file))
    : full
      ? planned
      : planned.filter((item) => !item.recorded);
const needed = new Set<Service>(toRun.flatMap((item) => item.example.header.services));
const pyodide = new PyodideRunner();
let services: RunningServices | undefined;

console.log(`# runners: ${session.describe}`);
console.log(
  `# ${only.size > 0 ? `only ${[...only].join(', ')}` : full ? 'full run' : `${planned.length - toRun.length} of ${planned.length} example(s) unchanged since their recorded run`}`,
);

describe(`examples (${full ? 'all' : 'changed since their recorded run'})`, () => {
  before(async () => {
    if (needed.size > 0) services = await startServices(needed);
  });
  after(async () => {
    services?.stop();
    await pyodide.close();
  });

  for (const { example, plan, runners, key } of toRun) {
    it(`${example.file} on ${runners.join(', ')}`, async () => {
      const committed = example.output;
      assert.ok(
        committed !== undefined,
        `${example.file}: no ${example.name.replace(/\.py$/, '.out')}; run \`npm run examples -- content/examples/${example.file}\`.`,
      );
      for (const [index, interpreter] of plan.cpythons.entries()) {
        const expected = index === 0 ? committed : (example.ran?.variants?.[interpreter.minor] ?? committed);
        // The newest CPython's run is the one whose trace is committed: it is traced and compared too.
        const traced = index === 0 && example.header.timeline !== undefined;
        const result = await compareRuns(
          example,
          expected,
          `CPython ${interpreter.version}`,
          async () => {
            await services?.reset(example.header.services);
            return runCPython(example, interpreter, services?.env ?? {}, undefined, traced);
          },
          3,
          traced ? (run) => checkRunTrace(example, run) : undefined,
        );
        assert.ok(result.ok, result.message);
      }
      if (plan.pyodide) {
        // Run in the browser redraws the timeline from Pyodide's own trace: its events must match too.
        const traced = example.header.timeline !== undefined;
        const result = await compareRuns(
          example,
          committed,
          `Pyodide ${session.pyodideVersion}`,
          () => pyodide.run(example, undefined, traced),
          3,
          traced ? (run) => checkRunTrace(example, run, { timing: false }) : undefined,
        );
        assert.ok(
          result.ok,
          `${result.message}\nIf Pyodide legitimately behaves differently (threads, sockets), mark it "# browser: no (reason)".`,
        );
      }
      recordPass(example.file, key);
    });
  }
});
