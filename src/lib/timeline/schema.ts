/**
 * The trace of one example run (content/examples/<topic>/<name>.trace.json, and what the Pyodide worker
 * posts after a Run): tasks with their running, waiting and ready spans, and point marks. The format is
 * fixed by docs/timeline-trace.md, shared with the tracer; typed once here, read by read.ts, drawn by render.ts.
 */
import { z } from 'astro/zod';

/** Milliseconds since the first task started: integers, never negative. */
const ms = z.number().int().nonnegative();

/** What a task is doing during a span: running a step on the loop, suspended, or scheduled to run. */
export const spanStates = ['run', 'wait', 'ready'] as const;
export type SpanState = (typeof spanStates)[number];

/** How a task ended; `pending` when the trace ended first. */
export const outcomes = ['done', 'error', 'cancelled', 'pending'] as const;
export type Outcome = (typeof outcomes)[number];

/** Point events drawn on a lane. */
export const markKinds = ['cancel', 'timeout', 'error', 'shield'] as const;
export type MarkKind = (typeof markKinds)[number];

export const traceSpan = z.strictObject({
  state: z.enum(spanStates),
  from: ms,
  to: ms,
  /** What a wait awaits, in code terms ("sleep", "Queue.get", "task main"). */
  on: z.string().min(1).optional(),
});
export type TraceSpan = z.infer<typeof traceSpan>;

export const traceTask = z.strictObject({
  id: z.number().int().nonnegative(),
  /** The lane label, shown in code font and never translated; it is the text alternative's row name. */
  name: z.string().trim().min(1, 'must not be empty: the lane label is part of the text alternative'),
  parent: z.number().int().nonnegative().nullable(),
  start: ms,
  end: ms,
  outcome: z.enum(outcomes),
  error: z.string().min(1).optional(),
  spans: z.array(traceSpan),
});
export type TraceTask = z.infer<typeof traceTask>;

export const traceMark = z.strictObject({
  task: z.number().int().nonnegative(),
  at: ms,
  kind: z.enum(markKinds),
  detail: z.string().min(1).optional(),
});
export type TraceMark = z.infer<typeof traceMark>;

/** A whole trace. A trace without tasks has no lanes and so no text alternative: it is an error. */
export const traceData = z.strictObject({
  version: z.literal(1),
  tick: z.number().int().positive(),
  duration: ms,
  tasks: z.array(traceTask).min(1, 'needs at least one task: a timeline without lanes has no text alternative'),
  marks: z.array(traceMark).default([]),
  order: z.array(z.string()).default([]),
});
export type Trace = z.infer<typeof traceData>;
