"""The guide's runtime inside Pyodide: loaded by pyodide-runtime.ts (browser: ?raw import; harness: readFileSync)."""


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

    # Pyodide's WebLoop.create_task calls asyncio.tasks._set_task_name whenever a task factory is set, and
    # Python 3.14 removed that helper: any factory (eager_task_factory too) raised AttributeError.
    if not hasattr(asyncio.tasks, "_set_task_name"):
        def _set_task_name(task, name):
            if name is not None:
                task.set_name(name)

        asyncio.tasks._set_task_name = _set_task_name

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
    path = os.path.join("/home/pyodide", name)
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
