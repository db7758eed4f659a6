/**
 * Runs one example inside a loaded Pyodide, the same way in the browser's Web Worker and in the
 * Node harness (tests/tools), so both produce the same output.
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

const runnerSource = String.raw`
def _guide_setup():
    import sys, time, _guide_runtime

    def sleep(secs):
        secs = float(secs)
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        _guide_runtime.block(secs)

    sleep.__doc__ = time.sleep.__doc__
    time.sleep = sleep
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(line_buffering=True, write_through=True)
        except Exception:
            pass

    # asyncio.run with CPython's semantics on top of Pyodide's WebLoop, which is always running:
    # a nested call raises RuntimeError, and tasks left over when main() returns are cancelled
    # (Pyodide's own asyncio.run would leave them running into the next example).
    import asyncio
    webloop_run = asyncio.run
    depth = [0]
    first_loop = asyncio.events._get_running_loop()

    def web_loop():
        return asyncio.events._get_running_loop() or first_loop

    def run(main, *, debug=None, loop_factory=None):
        if depth[0]:
            raise RuntimeError("asyncio.run() cannot be called from a running event loop")
        if not asyncio.iscoroutine(main):
            raise ValueError(f"a coroutine was expected, got {main!r}")
        if loop_factory is not None:
            return webloop_run(main, debug=debug, loop_factory=loop_factory)
        loop = web_loop()
        before = asyncio.all_tasks(loop)
        if debug is not None:
            loop.set_debug(debug)
        depth[0] += 1
        try:
            return loop.run_until_complete(main)
        finally:
            try:
                left = [t for t in asyncio.all_tasks(loop) if t not in before and not t.done()]
                for task in left:
                    task.cancel()
                if left:
                    loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
                    for task in left:
                        if not task.cancelled() and task.exception() is not None:
                            loop.call_exception_handler({
                                "message": "unhandled exception during asyncio.run() shutdown",
                                "exception": task.exception(),
                                "task": task,
                            })
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                depth[0] -= 1

    run.__doc__ = webloop_run.__doc__
    run.__wrapped__ = getattr(webloop_run, "__wrapped__", webloop_run)
    asyncio.run = run

    import logging, warnings
    baseline = {
        "modules": set(sys.modules),
        "filters": list(warnings.filters),
        "path": list(sys.path),
        "argv": list(sys.argv),
    }

    def reset():
        import os, gc
        for name in list(sys.modules):
            if name not in baseline["modules"]:
                del sys.modules[name]
        warnings.filters[:] = baseline["filters"]
        mutated = getattr(warnings, "_filters_mutated", None)
        if mutated is not None:
            mutated()
        elif hasattr(warnings, "_filters_mutated_lock_held"):
            with warnings._lock:
                warnings._filters_mutated_lock_held()
        root = logging.getLogger()
        for handler in list(root.handlers):
            root.removeHandler(handler)
        root.setLevel(logging.WARNING)
        for logger in list(logging.Logger.manager.loggerDict.values()):
            if isinstance(logger, logging.Logger):
                for handler in list(logger.handlers):
                    logger.removeHandler(handler)
                logger.setLevel(logging.NOTSET)
                logger.propagate = True
                logger.disabled = False
        logging.disable(logging.NOTSET)
        sys.path[:] = baseline["path"]
        sys.argv[:] = baseline["argv"]
        depth[0] = 0
        loop = web_loop()
        loop.set_exception_handler(None)
        loop.set_task_factory(None)
        loop.set_debug(False)
        loop._asyncgens_shutdown_called = False
        gc.collect()

    return reset


_guide_reset = _guide_setup()


def _guide_run(name):
    import os, sys, runpy, traceback
    _guide_reset()
    path = os.path.join(${JSON.stringify('/home/pyodide')}, name)
    os.chdir(os.path.dirname(path))
    sys.argv[:] = [name]
    sys.path.insert(0, os.path.dirname(path))
    code = 0
    try:
        runpy.run_path(name, run_name="__main__")
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            print(e.code, file=sys.stderr)
            code = 1
    except BaseException as e:
        tb = e.__traceback__
        # Hide the runner's own frames, as CPython shows only the script's.
        while tb is not None and tb.tb_frame.f_code.co_filename not in (name, path):
            tb = tb.tb_next
        traceback.print_exception(type(e), e, tb)
        code = 1
    finally:
        # Collect garbage now, so "coroutine ... was never awaited" warnings appear in this run's
        # output (CPython prints them at exit) and not in the next one's.
        import gc
        gc.collect()
        sys.stdout.flush()
        sys.stderr.flush()
    return code
`;

let waitCell: Int32Array | null | undefined;

/**
 * A cell to `Atomics.wait` on. SharedArrayBuffer needs cross-origin isolation in browsers, but a
 * shared WebAssembly.Memory gives one without it (Chromium); null where waiting is not possible.
 */
function sleepCell(): Int32Array | null {
  if (waitCell === undefined) {
    try {
      const buffer: ArrayBufferLike =
        typeof SharedArrayBuffer !== 'undefined' ? new SharedArrayBuffer(4) : new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer;
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

/** Prepares a freshly loaded Pyodide for running examples. Call once per interpreter. */
export async function preparePyodide(pyodide: PyodideAPI): Promise<void> {
  pyodide.registerJsModule('_guide_runtime', { block: blockingSleep });
  pyodide.setStdin({ error: true });
  await pyodide.runPythonAsync(runnerSource);
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
  const run = pyodide.globals.get('_guide_run') as { callPromising: (name: string) => Promise<number>; destroy: () => void };
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
