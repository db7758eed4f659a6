/**
 * The geometry of a timeline, pure and independent of the page: a lane per task (its name above its
 * bar, so the bars get the whole width on a phone), a time axis with round ticks in ms or s, the spans
 * of each lane and its marks. Everything is in SVG user units of a fixed-width viewBox that the page
 * scales; render.ts turns it into markup.
 */
import type { MarkKind, Outcome, SpanState, Trace } from './schema.ts';

/** Width of the viewBox: narrow, so that at 320–390 px the text is still drawn at about 11 px. */
export const timelineWidth = 420;
const padX = 10;
const top = 6;
const laneHeight = 36;
const labelSize = 12.5;
const barHeight = 13;
/** A step that took 0 ms after rounding is still drawn, as a sliver this wide. */
const minRunWidth = 2;
/** Lane names longer than this (monospace at `labelSize`) are shortened with an ellipsis. */
const maxNameChars = Math.floor((timelineWidth - 2 * padX) / (0.61 * labelSize));

export interface Tick {
  x: number;
  /** The tick's value in the axis unit, e.g. "0.5" (s) or "200" (ms). */
  label: string;
}

export interface SpanBox {
  state: SpanState;
  x: number;
  w: number;
  /** A wait on a synchronization primitive or a queue (not on I/O or a timer): drawn cross-hatched. */
  blocked: boolean;
}

/** What a wait on a lock, semaphore, condition, event, barrier or queue is labelled by the tracer. */
const primitiveWait = /^(?:Lock|Semaphore|BoundedSemaphore|Condition|Event|Barrier|(?:Priority|Lifo)?Queue)\./;

/** True when a wait is on a synchronization primitive or a queue, from the tracer's `on` label. */
export function isBlockedWait(state: SpanState, on: string | undefined): boolean {
  return state === 'wait' && on !== undefined && primitiveWait.test(on);
}

export interface MarkPoint {
  kind: MarkKind;
  x: number;
  y: number;
}

export interface Lane {
  name: string;
  /** Baseline of the name. */
  labelY: number;
  barY: number;
  outcome: Outcome;
  spans: SpanBox[];
  marks: MarkPoint[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  barHeight: number;
  labelSize: number;
  /** Left and right ends of the time axis. */
  x0: number;
  x1: number;
  /** Top and bottom of the grid lines; the tick labels sit under `axisY`. */
  gridTop: number;
  axisY: number;
  unit: 'ms' | 's';
  ticks: Tick[];
  lanes: Lane[];
}

/**
 * The time axis: a round step (1, 2, 2.5 or 5 × 10ⁿ ms, at least 1 ms) and the axis end, a multiple of the
 * step at or after `span`. Of the steps giving 3 to 7 intervals, the one wasting least room after the last
 * event wins (fewer ticks on a tie): 320 ms → 0…350 by 50, 1020 ms → 0…1200 by 200, 700 ms → 0…700 by 100.
 */
export function timeAxis(span: number): { step: number; end: number } {
  const length = Math.max(span, 1);
  let best: { step: number; end: number; count: number } | undefined;
  for (let magnitude = 1; magnitude <= length; magnitude *= 10) {
    for (const factor of [1, 2, 2.5, 5]) {
      const step = factor * magnitude;
      const count = Math.ceil(length / step);
      if (count < 3 || count > 7 || !Number.isInteger(step)) continue;
      const end = count * step;
      if (!best || end < best.end || (end === best.end && count < best.count)) best = { step, end, count };
    }
  }
  if (best) return { step: best.step, end: best.end };
  // Spans under 3 ms: one step of at least 1 ms.
  return { step: Math.max(1, length), end: Math.max(1, length) };
}

/** `value` ms in the axis unit, without trailing zeros: 1500 → "1.5" (s), 40 → "40" (ms). */
export function formatTime(value: number, unit: 'ms' | 's'): string {
  if (unit === 'ms') return String(Math.round(value));
  return String(Number((value / 1000).toFixed(3)));
}

/** The unit a trace of this length is best read in. */
export function timeUnit(duration: number): 'ms' | 's' {
  return duration >= 2000 ? 's' : 'ms';
}

/** A lane name short enough for one line of the picture. */
export function laneName(name: string): string {
  const chars = [...name];
  return chars.length <= maxNameChars ? name : `${chars.slice(0, maxNameChars - 1).join('')}…`;
}

/** Lays out a validated trace. */
export function layoutTimeline(trace: Trace): TimelineLayout {
  const { step, end } = timeAxis(trace.duration);
  const x0 = padX;
  const x1 = timelineWidth - padX;
  const scale = (x1 - x0) / end;
  const at = (ms: number) => Number((x0 + ms * scale).toFixed(1));
  const unit = timeUnit(end);

  const lanes: Lane[] = trace.tasks.map((task, index) => {
    const labelY = top + index * laneHeight + labelSize;
    const barY = labelY + 5;
    const spans = task.spans.map((span) => {
      const x = at(span.from);
      const w = Number((at(span.to) - x).toFixed(1));
      const width = span.state === 'run' ? Math.max(w, minRunWidth) : w;
      return { state: span.state, x, w: width, blocked: isBlockedWait(span.state, span.on) };
    });
    const seen = new Map<number, number>();
    const marks = trace.marks
      .filter((mark) => mark.task === task.id)
      .map((mark) => {
        // Two marks at the same moment (a timeout is also a cancel) sit side by side, not on top of each other.
        const nth = seen.get(mark.at) ?? 0;
        seen.set(mark.at, nth + 1);
        return { kind: mark.kind, x: Number((at(mark.at) + nth * 11).toFixed(1)), y: barY + barHeight / 2 };
      });
    return { name: laneName(task.name), labelY, barY, outcome: task.outcome, spans, marks };
  });

  const gridTop = top;
  const axisY = top + trace.tasks.length * laneHeight;
  const ticks: Tick[] = [];
  for (let value = 0; value <= end + step / 2; value += step)
    ticks.push({ x: at(value), label: formatTime(value, unit) });
  return {
    width: timelineWidth,
    height: axisY + 34,
    barHeight,
    labelSize,
    x0,
    x1,
    gridTop,
    axisY,
    unit,
    ticks,
    lanes,
  };
}
