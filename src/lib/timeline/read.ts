/**
 * Reading trace files (`<name>.trace.json` beside an example): parsed and validated once, every problem
 * named by file and field (`content/examples/x/y.trace.json → tasks[1] "worker".end: …`), so a bad trace,
 * or one without the lanes its text alternative is made of, stops the build.
 */
import { describeIssue } from '../zod-issues.ts';
import { traceData } from './schema.ts';
import type { Trace } from './schema.ts';

/** The outcome of reading one trace: the trace, or the problems that stop the build. */
export interface TraceRead {
  trace?: Trace;
  problems: string[];
}

/** Checks what the schema cannot: ids in creation order, spans inside their task, marks on real tasks. */
export function checkTrace(trace: Trace): string[] {
  const problems: string[] = [];
  const count = trace.tasks.length;
  trace.tasks.forEach((task, index) => {
    const at = `tasks[${index}] "${task.name}"`;
    if (task.id !== index) problems.push(`${at}.id: is ${task.id}, expected ${index} (ids follow creation order)`);
    if (task.parent !== null && task.parent >= count) problems.push(`${at}.parent: no task ${task.parent}`);
    if (task.end < task.start) problems.push(`${at}.end: ${task.end} is before start ${task.start}`);
    if (task.end > trace.duration) problems.push(`${at}.end: ${task.end} is after the duration ${trace.duration}`);
    if ((task.outcome === 'error') !== (task.error !== undefined)) {
      problems.push(`${at}.error: present exactly when outcome is "error"`);
    }
    let last = task.start;
    task.spans.forEach((span, s) => {
      const where = `${at}.spans[${s}]`;
      if (span.to < span.from) problems.push(`${where}.to: ${span.to} is before from ${span.from}`);
      if (span.from < last) problems.push(`${where}.from: ${span.from} overlaps the span before it (ends ${last})`);
      if (span.to > task.end) problems.push(`${where}.to: ${span.to} is after the task's end ${task.end}`);
      last = Math.max(last, span.to);
    });
  });
  trace.marks.forEach((mark, index) => {
    if (mark.task >= count) problems.push(`marks[${index}].task: no task ${mark.task}`);
    if (mark.at > trace.duration) problems.push(`marks[${index}].at: ${mark.at} is after the duration`);
  });
  return problems;
}

/** Validates the parsed JSON of one trace; `file` names it in every problem. */
export function readTrace(file: string, data: unknown): TraceRead {
  const result = traceData.safeParse(data);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => `${file} → ${describeIssue(data, issue, 'name')}`) };
  }
  const problems = checkTrace(result.data).map((problem) => `${file} → ${problem}`);
  return problems.length > 0 ? { problems } : { trace: result.data, problems };
}

/** Parses and validates the text of one trace file. */
export function readTraceText(file: string, text: string): TraceRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return readTrace(file, data);
}

/** Parses trace text (`file` names it in the error); throws listing every problem. */
export function parseTraceText(file: string, text: string): Trace {
  const read = readTraceText(file, text);
  if (!read.trace) {
    throw new Error(
      `The timeline trace ${file} has ${read.problems.length} problem(s):\n  - ${read.problems.join('\n  - ')}`,
    );
  }
  return read.trace;
}
