/**
 * Runs one example inside a loaded Pyodide, the same way in the browser's Web Worker and in the
 * Node harness (tests/tools), so both produce the same output. The Python half is pyodide-runtime.py.
 *
 * Differences from CPython that this smooths over:
 * - Pyodide's `time.sleep` suspends the WebAssembly stack and lets the event loop run other tasks,
 *   which hides the classic "time.sleep blocks the loop" pitfall. The runner replaces it with a
 *   real blocking sleep (Atomics.wait on shared memory where possible, otherwise a busy wait).
 * - The interpreter is reused between runs: modules the example imported are forgotten, and
 *   logging and warnings state is restored, so each run starts like a fresh `python name.py`.
 */
import type { PyodideAPI } from 'pyodide';

/** Pyodide's home directory: examples run there, under their bare file name. */
export const pyodideRunDir = '/home/pyodide';

let waitCell: Int32Array | null | undefined;

/**
 * A cell to `Atomics.wait` on. SharedArrayBuffer needs cross-origin isolation in browsers, but a
 * shared WebAssembly.Memory gives one without it (Chromium); null where waiting is not possible.
 */
function sleepCell(): Int32Array | null {
  if (waitCell === undefined) {
    try {
      const buffer: ArrayBufferLike =
        typeof SharedArrayBuffer !== 'undefined'
          ? new SharedArrayBuffer(4)
          : new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer;
      waitCell = new Int32Array(buffer, 0, 1);
      Atomics.wait(waitCell, 0, 0, 0); // throws on threads that may not block
    } catch {
      waitCell = null;
    }
  }
  return waitCell;
}

/** Blocks the calling thread for `seconds` (a worker, so the page stays responsive). */
function blockingSleep(seconds: number): void {
  const end = performance.now() + seconds * 1000;
  const cell = sleepCell();
  for (let left = end - performance.now(); left > 0; left = end - performance.now()) {
    if (cell) Atomics.wait(cell, 0, 0, left);
    // else: busy wait, the only way left to block a thread
  }
}

/** The JavaScript module the Python runtime imports as `_guide_runtime` (one object, so a snapshot can name it). */
const runtimeModule = { block: blockingSleep };

/**
 * Standard-library modules imported before the runtime records its baseline, so they stay loaded between runs
 * and are inside the memory snapshot: asyncio and what the examples import most. Same list in the browser and
 * the Node harness, so both start alike.
 */
export const preloadedModules = [
  'asyncio',
  'concurrent.futures',
  'contextlib',
  'contextvars',
  'dataclasses',
  'functools',
  'json',
  'logging',
  'random',
  're',
  'runpy',
  'threading',
  'time',
  'traceback',
  'warnings',
] as const;

/**
 * Prepares a freshly loaded Pyodide for running examples. Call once per interpreter. `runtimePy` is
 * the text of pyodide-runtime.py: the browser imports it with `?raw`, Node reads the file.
 */
export async function preparePyodide(pyodide: PyodideAPI, runtimePy: string): Promise<void> {
  pyodide.registerJsModule('_guide_runtime', runtimeModule);
  pyodide.setStdin({ error: true });
  pyodide.runPython(`import ${preloadedModules.join(', ')}`);
  await pyodide.runPythonAsync(runtimePy);
}

/**
 * Options for `pyodide.makeMemorySnapshot()` and `loadPyodide()`: the only JavaScript object the prepared
 * interpreter holds that is not reachable from globalThis is `_guide_runtime`, which they name and restore.
 */
export const snapshotOptions = {
  serializer(value: unknown): { guideRuntime: true } {
    if (value === runtimeModule) return { guideRuntime: true };
    throw new Error(`pyodide snapshot: cannot serialize ${String(value)}`);
  },
  deserializer(serialized: unknown): object {
    if ((serialized as { guideRuntime?: boolean } | null)?.guideRuntime) return runtimeModule;
    throw new Error(`pyodide snapshot: unknown object ${JSON.stringify(serialized)}`);
  },
};

/**
 * Finishes a Pyodide restored from a snapshot of a prepared one: JavaScript-side settings are not in the
 * snapshot, and `random` must not replay the sequence seeded when the snapshot was made.
 */
export function resumePyodide(pyodide: PyodideAPI): void {
  pyodide.setStdin({ error: true });
  pyodide.runPython('import random; random.seed()');
}

export interface RunOptions {
  /** Bare file name, e.g. `blocking_call.py`. */
  name: string;
  code: string;
  /** Receives output text in the order Python wrote it (stdout and stderr merged). */
  onOutput: (text: string) => void;
}

/** Runs one example under its bare name in /home/pyodide; resolves with the exit code. */
export async function runInPyodide(pyodide: PyodideAPI, options: RunOptions): Promise<number> {
  const decoders = { out: new TextDecoder(), err: new TextDecoder() };
  const writer = (stream: 'out' | 'err') => ({
    write: (bytes: Uint8Array) => {
      const text = decoders[stream].decode(bytes, { stream: true });
      if (text) options.onOutput(text);
      return bytes.length;
    },
    isatty: false,
  });
  pyodide.setStdout(writer('out'));
  pyodide.setStderr(writer('err'));
  const { FS } = pyodide;
  for (const entry of FS.readdir(pyodideRunDir) as string[]) {
    if (entry === '.' || entry === '..') continue;
    removeTree(pyodide, `${pyodideRunDir}/${entry}`);
  }
  FS.writeFile(`${pyodideRunDir}/${options.name}`, options.code);
  const run = pyodide.globals.get('_guide_run') as {
    callPromising: (name: string) => Promise<number>;
    destroy: () => void;
  };
  try {
    return await run.callPromising(options.name);
  } finally {
    run.destroy();
  }
}

function removeTree(pyodide: PyodideAPI, path: string): void {
  const { FS } = pyodide;
  const stat = FS.lstat(path) as { mode: number };
  if (FS.isDir(stat.mode)) {
    for (const entry of FS.readdir(path) as string[]) {
      if (entry !== '.' && entry !== '..') removeTree(pyodide, `${path}/${entry}`);
    }
    FS.rmdir(path);
  } else {
    FS.unlink(path);
  }
}
