/**
 * The Web Worker behind <example-runner>: loads Pyodide from the site (`indexURL`, e.g. /pyodide/)
 * on the first run, then runs examples with the same runtime code as the test harness.
 * In: { type: 'load', indexURL } (start loading on the reader's intent, before a click) and
 * { type: 'run', name, code, indexURL, trace }. Out: ready, output (text), trace (an object in the
 * format of TRACE-FORMAT, when `trace` was asked for and the tracer is built in), exit (code), error (message).
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import { preparePyodide, runInPyodide } from '../../lib/examples/pyodide-runtime.ts';
import runtimePy from '../../lib/examples/pyodide-runtime.py?raw';

interface RunMessage {
  type: 'run';
  name: string;
  code: string;
  indexURL: string;
  /** Run with the timeline tracer installed and post the trace before `exit`. */
  trace?: boolean;
}
interface LoadMessage {
  type: 'load';
  indexURL: string;
}

let pyodide: Promise<PyodideAPI> | undefined;

async function load(indexURL: string): Promise<PyodideAPI> {
  const module = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as typeof import('pyodide');
  const instance = await module.loadPyodide({ indexURL, fullStdLib: false });
  await preparePyodide(instance, runtimePy);
  return instance;
}

// The tracer (timeline-tracer.py, shared with the harness) is bundled as a separate chunk, fetched on the first
// traced run; a glob, so that a build without the file still works and simply draws no new timeline.
const tracerSources = import.meta.glob<string>('../../lib/examples/timeline-tracer.py', {
  query: '?raw',
  import: 'default',
});

interface Tracer {
  start: () => void;
  finish: () => string;
}
let tracer: Promise<Tracer | undefined> | undefined;

/**
 * The tracer, loaded once per interpreter (it patches asyncio's Task class and records into its own module):
 * its source runs as a module kept here, not in sys.modules, which the runtime clears between runs.
 * Undefined when the site was built without a tracer.
 */
async function loadTracer(instance: PyodideAPI): Promise<Tracer | undefined> {
  const load = Object.values(tracerSources)[0];
  if (!load) return undefined;
  const source = await load();
  const types = instance.pyimport('types') as unknown as { ModuleType: (name: string) => { __dict__: unknown } };
  const module = types.ModuleType('_guide_timeline');
  instance.runPython(source, { globals: module.__dict__ as PyProxy, filename: 'timeline-tracer.py' });
  const traced = module as unknown as Tracer & { install: () => void };
  traced.install();
  return traced;
}

/**
 * Starts tracing the next run; returns a function that ends it and gives the trace, or undefined without a
 * tracer. A tracer that fails costs the picture of this run, never the run itself.
 */
async function startTrace(instance: PyodideAPI): Promise<(() => unknown) | undefined> {
  try {
    tracer ??= loadTracer(instance);
    const traced = await tracer;
    if (!traced) return undefined;
    traced.start();
    return () => {
      try {
        return JSON.parse(traced.finish()) as unknown;
      } catch (error) {
        console.warn('timeline: no trace of this run', error);
        return undefined;
      }
    };
  } catch (error) {
    console.warn('timeline: the tracer did not load', error);
    return undefined;
  }
}

let queue: Promise<void> = Promise.resolve();

addEventListener('message', (event: MessageEvent<RunMessage | LoadMessage>) => {
  const message = event.data;
  if (message.type === 'load') {
    // A failure here is reported by the run that awaits the same promise.
    pyodide ??= load(new URL(message.indexURL, location.href).href);
    pyodide.catch(() => undefined);
    return;
  }
  if (message.type !== 'run') return;
  queue = queue.then(async () => {
    try {
      pyodide ??= load(new URL(message.indexURL, location.href).href);
      const instance = await pyodide;
      postMessage({ type: 'ready' });
      const stopTrace = message.trace ? await startTrace(instance) : undefined;
      const code = await runInPyodide(instance, {
        name: message.name,
        code: message.code,
        onOutput: (text) => postMessage({ type: 'output', text }),
      });
      const trace = stopTrace?.();
      if (trace) postMessage({ type: 'trace', trace });
      postMessage({ type: 'exit', code });
    } catch (error) {
      postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
});
