/**
 * The timeline tracer (timeline-tracer.py) inside a loaded Pyodide: the browser's Web Worker and the
 * Node harness (tests/tools/pyodide-node-worker.ts) both load it this way, so a Run in the browser
 * records the same trace format as the harness does on CPython.
 *
 *   const tracer = loadTimelineTracer(pyodide, tracerPy); // tracerPy: `?raw` import or readFileSync
 *   tracer.start();            // before runInPyodide(...)
 *   const json = tracer.finish(); // after it: the trace JSON text (see docs/timeline-trace.md)
 */
import type { PyodideAPI } from 'pyodide';

export interface TimelineTracer {
  /** Installs the tracer (idempotent) and forgets earlier events: the next task is time zero. */
  start(): void;
  /** The trace since start() as JSON text; the tracer is uninstalled, so untraced runs stay untraced. */
  finish(): string;
}

/** Executes the tracer's source as a module of its own (not in sys.modules, which runs clear) and returns it. */
export function loadTimelineTracer(pyodide: PyodideAPI, tracerPy: string): TimelineTracer {
  const load = pyodide.runPython(
    [
      'def _guide_load_timeline(source):',
      '    import types',
      '    module = types.ModuleType("_guide_timeline")',
      '    exec(compile(source, "timeline-tracer.py", "exec"), module.__dict__)',
      '    return module',
      '_guide_load_timeline',
    ].join('\n'),
  ) as { (source: string): TimelineTracer; destroy(): void };
  try {
    return load(tracerPy);
  } finally {
    load.destroy();
  }
}
