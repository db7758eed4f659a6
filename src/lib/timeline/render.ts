/**
 * The one timeline renderer: a validated trace → the markup inside `<figure class="timeline">` (caption,
 * inline SVG, legend, and the text version as a table). The build calls it from Timeline.astro and the
 * browser calls it again after a Run (example-runner.ts imports it on demand), so both pictures are the
 * same. Pure string building, no DOM and no Node APIs; colours come from CSS classes (Timeline.astro).
 */
import { layoutTimeline } from './layout.ts';
import type { MarkKind, SpanState, Trace } from './schema.ts';
import { timelineText } from './text.ts';
import type { TimelineLabels } from './text.ts';

export type { TimelineLabels } from './text.ts';

/** Escapes text for HTML/SVG content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}

/** A task name for the table: it may break before a "(" (and only there), so a phone's table need not scroll. */
function breakable(name: string): string {
  return escapeHtml(name).replace(/(?<=.)\(/g, '<wbr>(');
}

/** A mark's shape, centred on (x, y), as path data. */
function markPath(kind: MarkKind, x: number, y: number): string {
  const p = (dx: number, dy: number) => `${Number((x + dx).toFixed(1))} ${Number((y + dy).toFixed(1))}`;
  switch (kind) {
    case 'cancel':
      return `M${p(-4, -4)}L${p(4, 4)}M${p(4, -4)}L${p(-4, 4)}`;
    case 'timeout':
      return `M${p(-4.5, 0)}a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0M${p(0, -2.5)}L${p(0, 0)}L${p(2.5, 0)}`;
    case 'error':
      return `M${p(0, -5.5)}L${p(5, 4)}L${p(-5, 4)}Z`;
    case 'shield':
      return `M${p(-4, -4.5)}L${p(4, -4.5)}L${p(4, 0)}Q${p(4, 4)} ${p(0, 5.5)}Q${p(-4, 4)} ${p(-4, 0)}Z`;
  }
}

/**
 * One span as a rect: run is solid, wait is hatched and outlined (cross-hatched when it waits on a lock,
 * semaphore, event or queue), ready is a thin dashed outline.
 */
function spanRect(state: SpanState, x: number, w: number, y: number, h: number, hatch: string, blocked = false) {
  if (w <= 0 && state !== 'run') return '';
  if (state === 'ready') return `<rect class="tl-ready" x="${x}" y="${y + 3}" width="${w}" height="${h - 6}"/>`;
  const fill = state === 'wait' ? ` fill="url(#${hatch}${blocked ? '-cross' : ''})"` : '';
  return `<rect class="tl-${state}" x="${x}" y="${y}" width="${w}" height="${h}"${fill}/>`;
}

/** A small picture of a legend entry, drawn like the thing it names. */
function swatch(kind: SpanState | 'blocked' | MarkKind, hatch: string): string {
  const body =
    kind === 'run' || kind === 'wait' || kind === 'ready'
      ? spanRect(kind, 1, 20, 1, 12, hatch)
      : kind === 'blocked'
        ? spanRect('wait', 1, 20, 1, 12, hatch, true)
        : `<path class="tl-mark tl-${kind}" d="${markPath(kind, 11, 7)}"/>`;
  return `<svg class="tl-swatch" viewBox="0 0 22 14" aria-hidden="true">${body}</svg>`;
}

export interface RenderOptions {
  /** Unique on the page; prefixes the ids of the title, description and hatch pattern. */
  id: string;
  /** The example's file name, for the title. */
  file: string;
  /** True when the trace comes from a Run in the browser (the title says so). */
  run?: boolean;
}

/** The inner markup of a timeline figure for a validated trace, in the language of `labels`. */
export function renderTimeline(trace: Trace, labels: TimelineLabels, options: RenderOptions): string {
  const text = timelineText(trace, labels, options);
  const box = layoutTimeline(trace);
  const { id } = options;
  const hatch = `${id}-hatch`;
  const grid = box.ticks.map((tick) => `M${tick.x} ${box.gridTop}V${box.axisY}`).join('');
  const ticks = box.ticks
    .map((tick, i) => {
      const anchor = i === 0 ? 'start' : i === box.ticks.length - 1 ? 'end' : 'middle';
      return `<text x="${tick.x}" y="${box.axisY + 13}" text-anchor="${anchor}">${tick.label}</text>`;
    })
    .join('');
  const lanes = box.lanes
    .map((lane) => {
      const spans = lane.spans
        .map((s) => spanRect(s.state, s.x, s.w, lane.barY, box.barHeight, hatch, s.blocked))
        .join('');
      const marks = lane.marks
        .map((m) => {
          const d = markPath(m.kind, m.x, m.y);
          return `<path class="tl-halo" d="${d}"/><path class="tl-mark tl-${m.kind}" d="${d}"/>`;
        })
        .join('');
      const name = `<text class="tl-name" x="${box.x0}" y="${lane.labelY}">${escapeHtml(lane.name)}</text>`;
      return `<g class="tl-lane" data-outcome="${lane.outcome}">${name}${spans}${marks}</g>`;
    })
    .join('');
  const axis = escapeHtml(labels.axis.replace('{unit}', box.unit));
  const svg =
    `<svg viewBox="0 0 ${box.width} ${box.height}" role="img" aria-labelledby="${id}-title ${id}-desc"` +
    ` data-pagefind-ignore="all"><title id="${id}-title">${escapeHtml(text.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(text.description)}</desc>` +
    `<defs><pattern id="${hatch}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<path class="tl-hatch" d="M0 0V4"/></pattern>` +
    `<pattern id="${hatch}-cross" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<path class="tl-hatch" d="M0 0V4M0 2H4"/></pattern></defs>` +
    `<path class="tl-grid" d="${grid}"/><g class="tl-ticks">${ticks}</g>` +
    `<text class="tl-axis" x="${box.x1}" y="${box.axisY + 29}" text-anchor="end">${axis}</text>${lanes}</svg>`;

  const states = new Set(trace.tasks.flatMap((task) => task.spans.map((span) => span.state)));
  const blocked = box.lanes.some((lane) => lane.spans.some((span) => span.blocked));
  const kinds = new Set(trace.marks.map((mark) => mark.kind));
  const legend = [
    ...(['run', 'wait', 'blocked', 'ready'] as const).filter(
      (kind) => (kind !== 'ready' || states.has('ready')) && (kind !== 'blocked' || blocked),
    ),
    ...(['cancel', 'timeout', 'error', 'shield'] as const).filter((kind) => kinds.has(kind)),
  ]
    .map((kind) => `<li>${swatch(kind, hatch)}${escapeHtml(labels[kind])}</li>`)
    .join('');
  const head = [labels.colTask, labels.colStart, labels.colEnd, labels.colOutcome, labels.colWaited]
    .map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`)
    .join('');
  const rows = text.rows
    .map(
      (row) =>
        `<tr><th scope="row"><code>${breakable(row.task)}</code></th><td>${row.start}</td><td>${row.end}</td>` +
        `<td>${escapeHtml(row.outcome)}</td><td>${escapeHtml(row.waited)}</td></tr>`,
    )
    .join('');
  return (
    `<figcaption>${escapeHtml(text.title)}</figcaption><div class="timeline-canvas">${svg}</div>` +
    `<ul class="timeline-legend" data-md-ignore>${legend}</ul>` +
    `<details class="timeline-text"><summary>${escapeHtml(labels.textVersion)}</summary>` +
    `<div class="timeline-table"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>`
  );
}
