/**
 * The Web Worker behind <example-runner>: loads Pyodide from the site (`indexURL`, e.g. /pyodide/)
 * on the first run, then runs examples with the same runtime code as the test harness.
 * In: { type: 'load', indexURL } (start loading on the reader's intent, before a click) and
 * { type: 'run', name, code, indexURL }. Out: ready, output (text), exit (code), error (message).
 */
import type { PyodideAPI } from 'pyodide';
import { preparePyodide, runInPyodide } from '../../lib/examples/pyodide-runtime.ts';
import runtimePy from '../../lib/examples/pyodide-runtime.py?raw';

interface RunMessage {
  type: 'run';
  name: string;
  code: string;
  indexURL: string;
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
      const code = await runInPyodide(instance, {
        name: message.name,
        code: message.code,
        onOutput: (text) => postMessage({ type: 'output', text }),
      });
      postMessage({ type: 'exit', code });
    } catch (error) {
      postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
});
