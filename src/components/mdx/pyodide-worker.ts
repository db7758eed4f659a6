/**
 * The Web Worker behind <example-runner>: loads Pyodide from the site (`indexURL`, e.g. /pyodide/)
 * on the first run, then runs examples with the same runtime code as the test harness.
 * In: { type: 'load', indexURL } (start loading on the reader's intent, before a click) and
 * { type: 'run', name, code, indexURL, trace }. Out: ready, output (text), trace (an object in the
 * format of docs/timeline-trace.md, when `trace` was asked for), exit (code), error (message).
 */
import type { PyodideAPI } from 'pyodide';
import { pyodideSnapshotFile } from '../../lib/examples/pyodide-files.ts';
import { preparePyodide, resumePyodide, runInPyodide, snapshotOptions } from '../../lib/examples/pyodide-runtime.ts';
import { loadTimelineTracer, type TimelineTracer } from '../../lib/examples/pyodide-timeline.ts';
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
  const snapshot = fetchSnapshot(indexURL);
  const module = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as typeof import('pyodide');
  const restored = await restoreSnapshot(module, indexURL, await snapshot);
  if (restored) return restored;
  const instance = await module.loadPyodide({ indexURL, fullStdLib: false });
  await preparePyodide(instance, runtimePy);
  return instance;
}

let tracer: Promise<TimelineTracer> | undefined;

/**
 * The tracer (timeline-tracer.py, shared with the harness), loaded on the first traced run: its source is a
 * separate chunk, so a run of an example without a timeline never fetches it.
 */
async function loadTracer(instance: PyodideAPI): Promise<TimelineTracer> {
  const { default: source } = await import('../../lib/examples/timeline-tracer.py?raw');
  return loadTimelineTracer(instance, source);
}

/**
 * Starts tracing the next run; returns a function that ends it and gives the trace, or undefined when the
 * tracer did not load. A tracer that fails costs the picture of this run, never the run itself.
 */
async function startTrace(instance: PyodideAPI): Promise<(() => unknown) | undefined> {
  try {
    tracer ??= loadTracer(instance);
    const traced = await tracer;
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

/**
 * Starts downloading the build's memory snapshot of a prepared Pyodide (made by
 * src/integrations/pyodide-snapshot.ts), in parallel with pyodide.mjs; resolves once the headers arrive.
 * Undefined where there is none (`astro dev` serves no snapshot) or the request fails.
 */
async function fetchSnapshot(indexURL: string): Promise<Response | undefined> {
  try {
    const response = await fetch(indexURL + pyodideSnapshotFile);
    return response.ok ? response : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot's memory: the file is gzipped by the build (src/integrations/pyodide-snapshot.ts), inflated as it arrives. */
function inflate(snapshot: Response): Promise<ArrayBuffer> {
  if (!snapshot.body) return Promise.reject(new Error('empty snapshot response'));
  return new Response(snapshot.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/**
 * Restores Pyodide from the snapshot instead of starting Python and importing asyncio (seconds on a slow
 * machine). Its body is handed to loadPyodide still downloading, which fetches the WebAssembly meanwhile.
 * Undefined, so the caller starts Python the ordinary way, if there is no snapshot or it does not fit.
 */
async function restoreSnapshot(
  module: typeof import('pyodide'),
  indexURL: string,
  snapshot: Response | undefined,
): Promise<PyodideAPI | undefined> {
  if (!snapshot) return undefined;
  try {
    const instance = await module.loadPyodide({
      indexURL,
      _loadSnapshot: inflate(snapshot),
      _snapshotDeserializer: snapshotOptions.deserializer,
    });
    resumePyodide(instance);
    return instance;
  } catch (error) {
    console.warn('Pyodide snapshot not usable; starting Python without it.', error);
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
