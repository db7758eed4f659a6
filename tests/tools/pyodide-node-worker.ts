/**
 * A worker_threads worker that keeps one Pyodide loaded and runs examples on request, with the
 * same runtime code the browser's Web Worker uses (src/lib/examples/pyodide-runtime.ts and .py).
 * Messages in: { id, name, code, trace? }. Messages out: { id, type: 'output', text },
 * { id, type: 'trace', json } (when asked to trace, before exit) and { id, type: 'exit', code }
 * (or { type: 'ready', version } once, after loading).
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { preparePyodide, runInPyodide } from '../../src/lib/examples/pyodide-runtime.ts';
import { loadTimelineTracer } from '../../src/lib/examples/pyodide-timeline.ts';

if (!parentPort) throw new Error('pyodide-node-worker.ts must run as a worker thread');
const port = parentPort;

const pyodide = await loadPyodide();
await preparePyodide(
  pyodide,
  readFileSync(new URL('../../src/lib/examples/pyodide-runtime.py', import.meta.url), 'utf8'),
);
const tracer = loadTimelineTracer(
  pyodide,
  readFileSync(new URL('../../src/lib/examples/timeline-tracer.py', import.meta.url), 'utf8'),
);
const version = String(pyodide.runPython('import sys; sys.version.split()[0]'));
port.postMessage({ type: 'ready', version });

let queue = Promise.resolve();
port.on('message', (message: { id: number; name: string; code: string; trace?: boolean }) => {
  queue = queue.then(async () => {
    let code: number;
    if (message.trace) tracer.start();
    try {
      code = await runInPyodide(pyodide, {
        name: message.name,
        code: message.code,
        onOutput: (text) => port.postMessage({ id: message.id, type: 'output', text }),
      });
    } catch (error) {
      port.postMessage({ id: message.id, type: 'output', text: `\n[runner error] ${String(error)}\n` });
      code = 1;
    }
    if (message.trace) port.postMessage({ id: message.id, type: 'trace', json: tracer.finish() });
    port.postMessage({ id: message.id, type: 'exit', code });
  });
});
