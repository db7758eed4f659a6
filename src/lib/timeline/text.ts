/**
 * The text alternative of a timeline, in the page's language: the title (the caption and the SVG's
 * <title>), a short description (the SVG's <desc>: how many tasks, how long, what each style means and
 * the notable events) and a table with one row per task. Screen readers and the Markdown export get
 * these; the build fails when any of them comes out empty.
 */
import { fill } from '../format.ts';
import { formatTime, timeUnit } from './layout.ts';
import type { MarkKind, Trace, TraceTask } from './schema.ts';

/** Every piece of interface text a timeline needs, in one language (from src/i18n via labels.ts). */
export interface TimelineLabels {
  /** `{file}`: the example's file name. */
  title: string;
  /** The title of a picture redrawn from a Run in the browser; `{file}`. */
  runTitle: string;
  /** `{count}` tasks, `{duration}`. */
  summary: string;
  /** What solid, hatched and dashed bars mean. */
  key: string;
  /** `{unit}`: ms or s. */
  axis: string;
  run: string;
  wait: string;
  ready: string;
  /** A wait on a lock, semaphore, event or queue. */
  blocked: string;
  cancel: string;
  timeout: string;
  error: string;
  shield: string;
  /** Events in the description: `{task}`, `{time}`, `{detail}`. */
  eventCancel: string;
  eventTimeout: string;
  eventError: string;
  eventShield: string;
  textVersion: string;
  colTask: string;
  colStart: string;
  colEnd: string;
  colOutcome: string;
  colWaited: string;
  done: string;
  /** `{error}`: the exception's class name. */
  failed: string;
  cancelled: string;
  pending: string;
}

/** One row of the text table. */
export interface TimelineRow {
  task: string;
  start: string;
  end: string;
  outcome: string;
  waited: string;
}

export interface TimelineText {
  title: string;
  description: string;
  rows: TimelineRow[];
}

/** A time with its unit, for text: "320 ms", "1.5 s". */
export function timeText(ms: number, unit: 'ms' | 's'): string {
  return `${formatTime(ms, unit)} ${unit}`;
}

/** What the task waited on, each thing once with its total time: "sleep (300 ms), Queue.get (20 ms)". */
export function waitedOn(task: TraceTask, unit: 'ms' | 's'): string {
  const totals = new Map<string, number>();
  for (const span of task.spans) {
    if (span.state === 'wait' && span.on) totals.set(span.on, (totals.get(span.on) ?? 0) + span.to - span.from);
  }
  return [...totals].map(([on, ms]) => `${on} (${timeText(ms, unit)})`).join(', ') || '—';
}

function outcomeText(task: TraceTask, labels: TimelineLabels): string {
  if (task.outcome === 'error') return fill(labels.failed, { error: task.error ?? '?' });
  return labels[task.outcome];
}

/** Sentences one after another: a space after Latin punctuation, none after a full-width one. */
function joinSentences(sentences: string[]): string {
  return sentences.reduce((text, next) => (!text || /[。！？；]$/.test(text) ? text + next : `${text} ${next}`), '');
}

const eventKey: Record<MarkKind, keyof TimelineLabels> = {
  cancel: 'eventCancel',
  timeout: 'eventTimeout',
  error: 'eventError',
  shield: 'eventShield',
};

/** The title, description and table of a trace; throws when a part of the text alternative is empty. */
export function timelineText(
  trace: Trace,
  labels: TimelineLabels,
  options: { file: string; run?: boolean },
): TimelineText {
  const unit = timeUnit(trace.duration);
  const title = fill(options.run ? labels.runTitle : labels.title, { file: options.file });
  const events = trace.marks.map((mark) =>
    fill(labels[eventKey[mark.kind]], {
      task: trace.tasks[mark.task]?.name ?? String(mark.task),
      time: timeText(mark.at, unit),
      detail: mark.detail ?? trace.tasks[mark.task]?.error ?? '',
    }),
  );
  const description = joinSentences([
    fill(labels.summary, { count: trace.tasks.length, duration: timeText(trace.duration, unit) }),
    labels.key,
    ...events,
  ]);
  const rows = trace.tasks.map((task) => ({
    task: task.name,
    start: timeText(task.start, unit),
    end: timeText(task.end, unit),
    outcome: outcomeText(task, labels),
    waited: waitedOn(task, unit),
  }));
  const empty = [
    !title.trim() && 'title',
    !description.trim() && 'description',
    rows.length === 0 && 'table',
    rows.some((row) => !row.task.trim()) && 'a task name',
  ].filter(Boolean);
  if (empty.length > 0)
    throw new Error(`The timeline of ${options.file} has no text alternative: empty ${empty.join(', ')}.`);
  return { title, description, rows };
}
