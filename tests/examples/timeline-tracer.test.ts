/**
 * The timeline tracer (src/lib/examples/timeline-tracer.py) on every CPython here and in Pyodide, with a
 * fixture program: the output is the same with and without it, and the trace records what the program
 * did (names, waits and their labels, cancel, timeout, shield, errors, eager tasks on 3.12+).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { exampleFromTexts } from '../../src/lib/content/example.ts';
import { parseTrace, type Trace } from '../../src/lib/examples/trace.ts';
import { PyodideRunner, runCPython, type RunResult } from '../tools/examples/runners.ts';
import { openSession } from '../tools/examples/session.ts';

const path = fileURLToPath(new URL('../fixtures/timeline/program.py', import.meta.url));
const source = readFileSync(path, 'utf8');
const example = exampleFromTexts('timeline/program.py', path, { source });
const session = openSession();
const pyodide = new PyodideRunner();
after(() => pyodide.close());

/** Asserts that `events` occur in `order` in this sequence (other events may come between them). */
function inSequence(order: string[], events: string[]): void {
  let from = 0;
  for (const event of events) {
    const at = order.indexOf(event, from);
    assert.ok(at >= 0, `"${event}" missing after event ${from} in:\n  ${order.join('\n  ')}`);
    from = at + 1;
  }
}

function checkTrace(untraced: RunResult, traced: RunResult, eager: boolean): Trace {
  assert.equal(untraced.exitCode, 0, untraced.output);
  assert.equal(traced.output, untraced.output, 'the tracer changed the output');
  assert.ok(traced.trace, 'no trace written');
  const trace = parseTrace(traced.trace, 'trace');
  const names = ["worker('w1')", "worker('w2')", 'slow', 'inner', 'outer', 'fails'];
  assert.deepEqual(
    trace.tasks.map((task) => task.name),
    ['main', ...names, ...(eager ? ['eager'] : [])],
  );
  assert.ok(trace.tasks.slice(1).every((task) => task.parent === 0));
  inSequence(trace.order, [
    'wait main gather',
    "wait worker('w2') Semaphore.acquire",
    "end worker('w2') done",
    'wait main task slow',
    'timeout main',
    'cancel slow',
    'end slow cancelled',
    'wait outer shield',
    'cancel outer',
    'shield inner',
    'end outer cancelled',
    'end fails error ValueError',
    ...(eager ? ['start eager', 'run eager', 'end eager done'] : []),
    'end main done',
  ]);
  assert.deepEqual(trace.marks.map((mark) => `${trace.tasks[mark.task]!.name} ${mark.kind}`).sort(), [
    'fails error',
    'inner shield',
    'main cancel',
    'main timeout',
    'outer cancel',
    'slow cancel',
  ]);
  for (const task of trace.tasks) {
    assert.ok(task.spans.length > 0 && task.spans[0]!.from === task.start && task.spans.at(-1)!.to === task.end);
  }
  return trace;
}

describe('timeline tracer', () => {
  for (const interpreter of session.interpreters) {
    it(`records the fixture program on CPython ${interpreter.version} without changing its output`, async () => {
      const untraced = await runCPython(example, interpreter);
      const traced = await runCPython(example, interpreter, {}, undefined, true);
      const eager = interpreter.minor !== '3.11';
      const trace = checkTrace(untraced, traced, eager);
      if (eager) {
        const task = trace.tasks.find((t) => t.name === 'eager')!;
        assert.equal(task.start, task.end, 'an eager task that never suspends ends where it starts');
      }
    });
  }

  it(`records the fixture program in Pyodide ${session.pyodideVersion} without changing its output`, async () => {
    const untraced = await pyodide.run(example);
    const traced = await pyodide.run(example, undefined, true);
    assert.match(untraced.output, /eager done at creation: True Task/, "the runtime's fix lets WebLoop take a factory");
    checkTrace(untraced, traced, true);
    // A later untraced run gets asyncio's own (C) tasks again: finish() uninstalls the tracer.
    const probe = 'import asyncio\nasync def main():\n    print(isinstance(asyncio.current_task(), asyncio.Task))\n';
    const run = (trace: boolean) =>
      pyodide.run({ ...example, source: `${probe}asyncio.run(main())\n` }, undefined, trace);
    assert.equal((await run(true)).output, 'False\n');
    assert.equal((await run(false)).output, 'True\n');
  });
});
