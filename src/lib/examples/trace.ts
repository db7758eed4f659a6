/**
 * Timeline traces (`<name>.trace.json`, format in docs/timeline-trace.md, written by timeline-tracer.py): how the
 * harness compares a fresh trace with the committed one, and checks a trace against the example's
 * output. Pure logic on parsed JSON; the build's reading and validation live in src/lib/timeline/.
 *
 * Comparison (fresh run vs committed trace), refined from the format's default:
 * - `order` must be equal, entry by entry: it is the program's sequence of events and never noisy;
 * - lane names, parents, outcomes and errors must be equal;
 * - numbers (duration, a task's start and end, a mark's time) may differ by max(5 ticks, 25 %) of the
 *   committed value: a loaded 2-core machine wakes 100 ms timers up to 50 ms late;
 * - spans are compared tick by tick (what each lane does at the middle of every tick), allowing
 *   max(5, 25 % of the lane's ticks) to differ. Counting spans would fail on a loop whose number of
 *   zero-length steps depends on timing (a heartbeat), and a late timer moves two boundaries at once.
 * - marks are compared per (task, kind, detail), in time order within each: marks in the same tick
 *   are sorted by task id, so a different rounding may reorder the list itself.
 */
import { parseTraceText } from '../timeline/read.ts';
import type { Trace, TraceTask } from '../timeline/schema.ts';
import type { TimelineDeclaration } from './header.ts';

/** The trace types, typed once by the renderer's schema. */
export type { Trace, TraceMark, TraceSpan, TraceTask } from '../timeline/schema.ts';

/** How far a fresh number may be from the committed one: max(5 ticks, 25 % of it). */
export function tolerance(committed: number, tick: number): number {
  return Math.max(5 * tick, 0.25 * committed);
}

/** One difference between two traces: `events` (order, lanes, outcomes) or only `timing` (numbers, spans). */
export interface TraceDifference {
  kind: 'events' | 'timing';
  message: string;
}

/** The file text of a trace: 2-space JSON in the tracer's key order (marks first) and a final newline. */
export function formatTrace(trace: Trace): string {
  const { version, tick, duration, tasks, marks, order } = trace;
  return `${JSON.stringify({ marks, version, tick, duration, tasks, order }, null, 2)}\n`;
}

/** Parses and validates trace JSON with the one schema; throws an error naming `where` and each bad field. */
export function parseTrace(text: string, where: string): Trace {
  return parseTraceText(where, text);
}

function stateAt(task: TraceTask, t: number): string {
  if (t < task.start || t > task.end) return 'absent';
  const span = task.spans.find((s) => s.from <= t && t < s.to);
  return span ? `${span.state}${span.on ? ` on ${span.on}` : ''}` : 'none';
}

/** Ticks (by their middle) where two lanes do different things, and the first of them. */
function laneDifference(a: TraceTask, b: TraceTask, tick: number): { count: number; first?: number } {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  let count = 0;
  let first: number | undefined;
  for (let t = from + tick / 2; t < to; t += tick) {
    if (stateAt(a, t) !== stateAt(b, t)) {
      count++;
      first ??= t - tick / 2;
    }
  }
  return first === undefined ? { count } : { count, first };
}

function near(committed: number, fresh: number, tick: number): boolean {
  return Math.abs(committed - fresh) <= tolerance(committed, tick);
}

/** Differences between a committed and a fresh trace of the same example (empty: they agree). */
export function compareTraces(committed: Trace, fresh: Trace): TraceDifference[] {
  const problems: string[] = [];
  const timing: string[] = [];
  const result = (): TraceDifference[] => [
    ...problems.map((message) => ({ kind: 'events' as const, message })),
    ...timing.map((message) => ({ kind: 'timing' as const, message })),
  ];
  const tick = committed.tick;
  if (fresh.version !== committed.version || fresh.tick !== tick) {
    problems.push(
      `format differs: version ${fresh.version}, tick ${fresh.tick} (committed: ${committed.version}, ${tick})`,
    );
    return result();
  }
  const index = committed.order.findIndex((entry, i) => fresh.order[i] !== entry);
  if (index >= 0 || fresh.order.length !== committed.order.length) {
    const at = index >= 0 ? index : committed.order.length;
    problems.push(
      `order differs at event ${at + 1}: committed "${committed.order[at] ?? '(end)'}", ` +
        `fresh "${fresh.order[at] ?? '(end)'}"`,
    );
  }
  const names = (trace: Trace) => new Set(trace.tasks.map((task) => task.name));
  const [before, after] = [names(committed), names(fresh)];
  for (const name of before) if (!after.has(name)) problems.push(`lane "${name}" is missing from the fresh trace`);
  for (const name of after) if (!before.has(name)) problems.push(`lane "${name}" is new in the fresh trace`);
  if (problems.length > 0) return result();
  if (!near(committed.duration, fresh.duration, tick)) {
    timing.push(`duration ${fresh.duration} ms, committed ${committed.duration} ms`);
  }
  committed.tasks.forEach((task, i) => {
    const other = fresh.tasks[i]!;
    const lane = `lane "${task.name}"`;
    if (other.name !== task.name) problems.push(`task ${i} is "${other.name}", committed "${task.name}"`);
    if (other.parent !== task.parent) problems.push(`${lane}: parent ${other.parent}, committed ${task.parent}`);
    if (other.outcome !== task.outcome || other.error !== task.error) {
      problems.push(
        `${lane}: ended ${other.outcome} ${other.error ?? ''}, committed ${task.outcome} ${task.error ?? ''}`,
      );
    }
    for (const key of ['start', 'end'] as const) {
      if (!near(task[key], other[key], tick)) timing.push(`${lane}: ${key} ${other[key]} ms, committed ${task[key]}`);
    }
    const ticks = Math.max(1, Math.round((task.end - task.start) / tick));
    const diff = laneDifference(task, other, tick);
    if (diff.count > Math.max(5, Math.ceil(0.25 * ticks))) {
      timing.push(`${lane}: does something else in ${diff.count} of ${ticks} ticks, from ${diff.first} ms on`);
    }
  });
  const markTimes = (trace: Trace) => {
    const groups = new Map<string, number[]>();
    for (const mark of trace.marks) {
      const key = `${trace.tasks[mark.task]?.name ?? mark.task} ${mark.kind}${mark.detail ? ` ${mark.detail}` : ''}`;
      groups.set(key, [...(groups.get(key) ?? []), mark.at]);
    }
    return groups;
  };
  const [marksBefore, marksAfter] = [markTimes(committed), markTimes(fresh)];
  for (const key of new Set([...marksBefore.keys(), ...marksAfter.keys()])) {
    const [a, b] = [marksBefore.get(key) ?? [], marksAfter.get(key) ?? []];
    if (a.length !== b.length) problems.push(`mark "${key}": ${b.length} in the fresh trace, committed ${a.length}`);
    else if (a.some((at, i) => !near(at, b[i]!, tick))) timing.push(`mark "${key}" at ${b} ms, committed ${a}`);
  }
  return result();
}

/**
 * The name by which the output refers to a lane: an explicit task name as is, else the argument the tracer
 * appended (`download('slow')` → `slow`), else the function name (`heartbeat #2` → `heartbeat`).
 */
export function laneKey(name: string): string {
  const bare = name.replace(/ #\d+$/, '');
  const call = /^[\w.]+\((.+)\)$/.exec(bare);
  if (!call) return bare;
  const arg = call[1]!;
  return /^(['"]).*\1$/.test(arg) ? arg.slice(1, -1) : arg;
}

function printed(key: string, output: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w])${escaped}(?![\\w])`).test(output);
}

/**
 * Checks a trace against the output it was recorded with: a lane the output never prints (other than the
 * task asyncio.run started and the declared silent ones), or a task the header says the output prints that
 * has no lane, is reported by name.
 */
export function checkTraceOutput(trace: Trace, output: string, declared: TimelineDeclaration): string[] {
  const problems: string[] = [];
  const keys = new Map(trace.tasks.map((task) => [laneKey(task.name), task]));
  for (const task of trace.tasks) {
    const key = laneKey(task.name);
    if (task.parent === null || declared.silent.includes(key) || printed(key, output)) continue;
    problems.push(
      `lane "${task.name}" is in the trace, but the output never prints "${key}" ` +
        '(print it, or declare it in the header: "# timeline: yes (silent: …)")',
    );
  }
  for (const name of declared.tasks) {
    if (!printed(name, output)) problems.push(`the header lists task "${name}", but the output never prints it`);
    if (!keys.has(name)) problems.push(`the output prints task "${name}", but the trace has no lane for it`);
  }
  for (const name of declared.silent) {
    if (!keys.has(name)) problems.push(`the header declares "${name}" silent, but the trace has no lane for it`);
  }
  return problems;
}
