import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { exampleFromTexts } from '../../src/lib/content/example.ts';
import { parseHeader } from '../../src/lib/examples/header.ts';
import {
  checkTraceOutput,
  compareTraces,
  formatTrace,
  laneKey,
  parseTrace,
  tolerance,
  type Trace,
} from '../../src/lib/examples/trace.ts';
import { contentKey } from '../tools/examples/plan.ts';
import { checkRunTrace } from '../tools/examples/record.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/timeline/${name}`, import.meta.url), 'utf8');
const traceText = fixture('gather.trace.json');
const output = fixture('gather.out');
const committed = () => parseTrace(traceText, 'gather.trace.json');
const declared = { tasks: ['slow', 'fast', 'medium'], silent: [] };

/** A copy of the committed trace with every number moved by `shift` ms (as a late timer would). */
function shifted(trace: Trace, shift: number): Trace {
  const copy = structuredClone(trace);
  const move = (n: number) => (n === 0 ? 0 : n + shift);
  copy.duration = move(copy.duration);
  for (const task of copy.tasks) {
    task.start = move(task.start);
    task.end = move(task.end);
    for (const span of task.spans) [span.from, span.to] = [move(span.from), move(span.to)];
  }
  return copy;
}

describe('timeline traces: comparison with the committed trace', () => {
  it('the file text is 2-space JSON with a final newline, as the tracer writes it', () => {
    assert.equal(formatTrace(committed()), traceText);
  });

  it('finds nothing between a trace and itself, or a copy whose timers fired 40 ms late', () => {
    assert.deepEqual(compareTraces(committed(), committed()), []);
    assert.deepEqual(compareTraces(committed(), shifted(committed(), 40)), []);
  });

  it('allows max(5 ticks, 25 %) on a number', () => {
    assert.equal(tolerance(100, 10), 50);
    assert.equal(tolerance(1000, 10), 250);
  });

  it('reports a timing difference past the tolerance, naming the lane', () => {
    const differences = compareTraces(committed(), shifted(committed(), 200));
    assert.ok(differences.length > 0);
    assert.ok(differences.every((d) => d.kind === 'timing'));
    assert.match(differences.map((d) => d.message).join('\n'), /lane "download\('fast'\)": end 300 ms, committed 100/);
  });

  it('reports any change in the order of events, with both events', () => {
    const fresh = committed();
    [fresh.order[12], fresh.order[13]] = [fresh.order[13]!, fresh.order[12]!];
    const differences = compareTraces(committed(), fresh);
    assert.deepEqual(differences, [
      {
        kind: 'events',
        message: `order differs at event 13: committed "end download('fast') done", fresh "end download('medium') done"`,
      },
    ]);
  });

  it('reports a lane that is missing or new', () => {
    const fresh = committed();
    fresh.tasks[2]!.name = 'download(fast)';
    const messages = compareTraces(committed(), fresh).map((d) => d.message);
    assert.ok(messages.includes(`lane "download('fast')" is missing from the fresh trace`));
    assert.ok(messages.includes('lane "download(fast)" is new in the fresh trace'));
  });

  it('reports a different outcome', () => {
    const fresh = committed();
    fresh.tasks[1]!.outcome = 'error';
    fresh.tasks[1]!.error = 'TimeoutError';
    assert.match(compareTraces(committed(), fresh)[0]!.message, /download\('slow'\)": ended error TimeoutError/);
  });

  it('ignores how many zero-length steps a loop took (a heartbeat ticks 4 or 5 times)', () => {
    const fresh = committed();
    const spans = fresh.tasks[1]!.spans;
    fresh.tasks[1]!.spans = [
      spans[0]!,
      { state: 'wait', from: 0, to: 150, on: 'sleep' },
      { state: 'run', from: 150, to: 150 },
      { state: 'wait', from: 150, to: 300, on: 'sleep' },
      spans.at(-1)!,
    ];
    assert.deepEqual(compareTraces(committed(), fresh), []);
  });

  it('compares marks per task and kind, whatever their order in the list', () => {
    const base = committed();
    base.marks = [
      { task: 0, at: 100, kind: 'cancel' },
      { task: 1, at: 110, kind: 'error', detail: 'ValueError' },
    ];
    const fresh = structuredClone(base);
    fresh.marks = [
      { task: 1, at: 100, kind: 'error', detail: 'ValueError' },
      { task: 0, at: 110, kind: 'cancel' },
    ];
    assert.deepEqual(compareTraces(base, fresh), []);
    fresh.marks.pop();
    assert.match(compareTraces(base, fresh)[0]!.message, /mark "main cancel": 0 in the fresh trace, committed 1/);
  });

  it('refuses text that is not a version 1 trace, naming the file', () => {
    assert.throws(() => parseTrace('{', 'x.trace.json'), /x\.trace\.json is not valid JSON/);
    assert.throws(() => parseTrace('{"version": 2}', 'x.trace.json'), /x\.trace\.json → version: /);
  });
});

describe('timeline traces: consistency with the output', () => {
  it('derives the name the output uses for a lane', () => {
    assert.equal(laneKey("download('slow')"), 'slow');
    assert.equal(laneKey('fetch(3)'), '3');
    assert.equal(laneKey('heartbeat #2'), 'heartbeat');
    assert.equal(laneKey('handler'), 'handler');
  });

  it('accepts the committed trace with its own output', () => {
    assert.deepEqual(checkTraceOutput(committed(), output, declared), []);
  });

  it('fails a lane the output never prints, naming it', () => {
    const quiet = output.replaceAll('medium', 'middle');
    assert.deepEqual(checkTraceOutput(committed(), quiet, { tasks: ['slow', 'fast'], silent: [] }), [
      `lane "download('medium')" is in the trace, but the output never prints "medium" ` +
        '(print it, or declare it in the header: "# timeline: yes (silent: …)")',
    ]);
    assert.deepEqual(checkTraceOutput(committed(), quiet, { tasks: ['slow', 'fast'], silent: ['medium'] }), []);
  });

  it('fails a task the output prints (per the header) that the trace lacks, naming it', () => {
    const more = `${output}finished extra\n`;
    assert.deepEqual(checkTraceOutput(committed(), more, { tasks: [...declared.tasks, 'extra'], silent: [] }), [
      'the output prints task "extra", but the trace has no lane for it',
    ]);
  });

  it('fails a header that lists a task the output never prints, or a silent lane that does not exist', () => {
    assert.deepEqual(
      checkTraceOutput(committed(), output, { tasks: ['slow', 'fast', 'medium', 'quick'], silent: [] }),
      [
        'the header lists task "quick", but the output never prints it',
        'the output prints task "quick", but the trace has no lane for it',
      ],
    );
    assert.deepEqual(checkTraceOutput(committed(), output, { tasks: declared.tasks, silent: ['ghost'] }), [
      'the header declares "ghost" silent, but the trace has no lane for it',
    ]);
  });

  it("fails an example's traced run whose trace lacks a task its output prints (the harness check)", () => {
    const source = '# requires: python>=3.11\n# timeline: yes (tasks: slow, fast, medium)\n';
    const example = exampleFromTexts('concurrency/gather_basic.py', '/x/gather_basic.py', {
      source,
      output,
      traceJson: traceText,
    });
    const run = { output, exitCode: 0, timedOut: false, ms: 1 };
    assert.equal(checkRunTrace(example, { ...run, trace: traceText }), '');
    const lacking = committed();
    lacking.tasks = lacking.tasks.slice(0, 3);
    lacking.order = lacking.order.filter((entry) => !entry.includes('medium'));
    const message = checkRunTrace(example, { ...run, trace: formatTrace(lacking) });
    assert.match(message, /lane "download\('medium'\)" is missing from the fresh trace/);
    assert.match(message, /the output prints task "medium", but the trace has no lane for it/);
    assert.match(checkRunTrace(example, run), /wrote no trace/);
  });

  it('puts the committed trace into the content key, so a changed trace reruns the example', () => {
    const source = '# requires: python>=3.11\n# timeline: yes\n';
    const example = exampleFromTexts('t/x.py', '/x/t/x.py', { source, output, traceJson: traceText });
    const key = (traceJson: string | undefined) => contentKey({ ...example, traceJson }, ['CPython 3.13.0'], 'lock');
    assert.notEqual(key(traceText), key(traceText.replace('"duration": 300', '"duration": 310')));
    assert.notEqual(key(traceText), key(undefined));
  });
});

describe('timeline header', () => {
  const header = (line: string) => parseHeader(`# requires: python>=3.11\n${line}\nimport asyncio\n`);

  it('reads "timeline: yes" with and without the declaration of task names', () => {
    assert.deepEqual(header('# timeline: yes').timeline, { tasks: [], silent: [] });
    assert.deepEqual(header('# timeline: yes (tasks: fast, slow; silent: heartbeat)').timeline, {
      tasks: ['fast', 'slow'],
      silent: ['heartbeat'],
    });
    assert.deepEqual(header('# timeline: yes (silent: main)').problems, []);
    assert.equal(header('# timeout: 5').timeline, undefined);
  });

  it('reports what it cannot read, with the line', () => {
    assert.match(header('# timeline: maybe').problems.join(), /line 2: write "# timeline: yes"/);
    assert.match(header('# timeline: yes (lanes: a)').problems.join(), /must start with "tasks:" or "silent:"/);
    assert.match(header('# timeline: yes (tasks: )').problems.join(), /lists no task/);
    assert.match(header('# timeline: yes (tasks: a; silent: a)').problems.join(), /a cannot be both/);
    assert.match(header('# trace: yes').problems.join(), /did you mean "timeline"/);
    assert.match(header('# not-run: needs a GPU\n# timeline: yes').problems.join(), /needs a run to trace/);
  });
});
