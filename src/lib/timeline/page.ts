/**
 * The timeline of an example on a page, at build time: the trace committed beside the example, drawn
 * by render.ts in the page's language. `<Example>` shows it when the trace exists.
 */
import { join } from 'node:path';
import { contentDir } from '../content-dir.ts';
import type { Example } from '../content/example.ts';
import type { Lang } from '../i18n.ts';
import { timelineLabels } from './labels.ts';
import { parseTraceText } from './read.ts';
import { renderTimeline } from './render.ts';
import type { TimelineLabels } from './text.ts';

/** What `<Timeline>` needs: the figure's markup and the data the runner redraws it with. */
export interface PageTimeline {
  id: string;
  html: string;
  duration: number;
  lanes: string;
  labels: TimelineLabels;
  /** Height to reserve while the figure is off screen, in px at the figure's widest. */
  reserve: number;
}

/** The id of an example's timeline figure: unique per example file. */
export function timelineId(file: string): string {
  return `tl-${file.replace(/\.py$/, '').replace(/[^a-z0-9]+/g, '-')}`;
}

/** The timeline of `example` in `lang`, or undefined when it has no committed trace; throws on a bad trace. */
export function exampleTimeline(example: Example, lang: Lang): PageTimeline | undefined {
  if (example.traceJson === undefined) return undefined;
  const trace = parseTraceText(
    join(contentDir, 'examples', example.file.replace(/\.py$/, '.trace.json')),
    example.traceJson,
  );
  const labels = timelineLabels(lang);
  const id = timelineId(example.file);
  return {
    id,
    html: renderTimeline(trace, labels, { id, file: example.name }),
    duration: trace.duration,
    lanes: trace.tasks.map((task) => task.name).join('\n'),
    labels,
    // 34 rem of a 420-unit viewBox, plus caption, legend and the closed text version.
    reserve: Math.round(((40 + trace.tasks.length * 36) * 544) / 420) + 110,
  };
}
