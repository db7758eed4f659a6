"""Records a timeline of an example's asyncio tasks, from outside the example's code.

Longer than 300 lines on purpose: it must be one standard-library file that the browser worker loads as
text (`?raw`), so the recorder, the Task subclass, the installation and the JSON output stay together.

One file, standard library only, for CPython 3.11-3.13 (the harness loads it through a generated
sitecustomize.py, see tests/tools/examples/runners.ts) and Pyodide's CPython 3.14 (the browser worker
and the Node harness load its text through src/lib/examples/pyodide-timeline.ts). The JSON it writes is the
trace format shared with the renderer (typed in src/lib/timeline/schema.ts; compared by
src/lib/examples/trace.ts). Times are ms since the first task was created, rounded half up to `tick`.

How it hooks in, without a task factory:
- Tasks are a subclass of the pure-Python asyncio Task (`asyncio.tasks._PyTask`): the C Task runs its
  steps in C and has no method to wrap. `asyncio.tasks.Task` (what BaseEventLoop.create_task builds
  when no factory is set) and `pyodide.webloop.PyodideTask` (the same for Pyodide's WebLoop) are
  replaced; `asyncio.Task` stays the C class, so `loop.get_task_factory()` still returns None.
  Pyodide's WebLoop.create_task calls `asyncio.tasks._set_task_name`, which 3.14 removed, whenever a
  task factory is set (the "WebLoop crashes with any task factory" bug): tracing needs no factory, and
  pyodide-runtime.py puts the helper back so that examples' own factories work in the browser too.
- An example that sets its own factory keeps it: `asyncio.eager_task_factory` and
  `create_eager_task_factory(asyncio.Task)` are swapped for eager factories of the traced Task;
  tasks built by any other factory are recorded from creation to end only (no steps, spans "untraced").
- Python 3.14's _PyTask tracks the current task in Python (`_py_enter_task`) while `current_task()`
  is C: the `_py_*` helpers are pointed at the C ones, as 3.11-3.13 do, or TaskGroup and timeout()
  would not find their task.
- Timeouts: `asyncio.timeouts.Timeout._on_timeout` adds a "timeout" mark (3.11's wait_for has its own
  timer and shows only as a cancel).
Only weak references to tasks are kept, so "Task was destroyed but it is pending!" warnings and the
example's output are unchanged. Tasks running asyncio's or Pyodide's own coroutines (shutdown_asyncgens,
shutdown_default_executor) are not recorded; to_thread is, as it is the example's work.

`order` lists, per task: "start", the first "run", "wait <on>" whenever what it waits on changes (a loop
waiting on sleep again and again is one entry, so the number of heartbeat ticks does not matter), "cancel",
"timeout", "shield" and "end <outcome>". It is the program's own sequence, so tests compare it exactly.

Known differences from an untraced run (the harness fails an example whose output they change):
`isinstance(task, asyncio.Task)` is False for a traced task, and a traceback that passes through
`await <task>` or `sys._getframe()` in a task shows asyncio's pure-Python frames.
"""

import asyncio
import json
import os
import re
import sys
import threading
import time
import weakref

TICK = 10  # ms
_tasks = asyncio.tasks
_DEFAULT_NAME = re.compile(r"Task-\d+")
_SKIP_FRAMES = {"_ContextManagerMixin.__aenter__", "Future.__await__", "Task.__await__"}
_LABELS = {"TaskGroup.__aexit__": "TaskGroup", "TaskGroup._aexit": "TaskGroup"}
_HIDDEN_MODULES = ("asyncio", "pyodide", "_pyodide")


class _Rec:
    """What is known about one task: identity, steps [start, end, state, on] and how it ended."""

    __slots__ = ("id", "name", "base", "arg", "parent", "created", "steps", "ended", "outcome", "error", "last_on")

    def __init__(self, rid, task, coro, parent, now):
        self.id, self.parent, self.created = rid, parent, now
        self.name = ""
        self.base, self.arg = _describe(coro)
        self.steps, self.ended, self.outcome, self.error, self.last_on = [], None, "pending", None, None


def _describe(coro):
    """The coroutine's function name and its first str/int/float argument (repr), for lane names."""
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    if code is None:
        return type(coro).__name__, None
    if frame is None:
        return code.co_name, None
    values = [frame.f_locals.get(n) for n in code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]]
    if code.co_name == "to_thread" and frame.f_globals.get("__name__") == "asyncio.threads":
        values = list(frame.f_locals.get("args", ()))  # the function's own arguments
    for value in values:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = repr(value)
            if len(text) <= 24:
                return code.co_name, text
    return code.co_name, None


def _hidden(coro):
    """True for tasks of asyncio's or Pyodide's own coroutines (run by asyncio.run, not by the example)."""
    frame = getattr(coro, "cr_frame", None)
    module = frame.f_globals.get("__name__", "") if frame is not None else ""
    if getattr(coro, "cr_code", None) is not None and coro.cr_code.co_name == "to_thread":
        return False
    return any(module == m or module.startswith(m + ".") for m in _HIDDEN_MODULES)


class _Recorder:
    """The trace of one run: task records, point marks and the event order."""

    def __init__(self):
        self.local = threading.local()
        self.start()

    def start(self):
        self.t0 = None
        self.recs, self.marks, self.order = [], [], []
        self.foreign = weakref.WeakKeyDictionary()

    def now(self):
        t = time.perf_counter()
        if self.t0 is None:
            self.t0 = t
        return (t - self.t0) * 1000.0

    def running(self):
        stack = getattr(self.local, "stack", None)
        if stack is None:
            stack = self.local.stack = []
        return stack

    def event(self, rec, verb, text=""):
        self.order.append((self.now(), rec.id, verb, text))

    def created(self, task, coro):
        if _hidden(coro):
            return None
        stack = self.running()
        rec = _Rec(len(self.recs), task, coro, stack[-1].id if stack else None, self.now())
        self.recs.append(rec)
        self.event(rec, "start")
        return rec

    def step_begin(self, rec):
        if not rec.steps:
            self.event(rec, "run")
        rec.steps.append([self.now(), None, None, None])
        self.running().append(rec)

    def step_end(self, rec, task):
        step = rec.steps[-1]
        step[1] = self.now()
        stack = self.running()
        if stack and stack[-1] is rec:
            stack.pop()
        if task._state != "PENDING":
            self.finished(rec, task, step[1])
            return
        on = _waiting_on(task, self)
        step[2], step[3] = ("wait", on) if task._fut_waiter is not None else ("ready", None)
        if step[2] == "wait" and on != rec.last_on:
            rec.last_on = on
            self.event(rec, "wait", on)

    def finished(self, rec, task, at):
        rec.ended = at
        if task._state == "CANCELLED":
            rec.outcome = "cancelled"
        elif task._exception is not None:
            rec.outcome, rec.error = "error", type(task._exception).__name__
            self.marks.append((at, rec.id, "error", rec.error))
        else:
            rec.outcome = "done"
        self.event(rec, "end", rec.outcome + (" " + rec.error if rec.error else ""))

    def mark(self, rec, kind, detail=None):
        at = self.now()
        self.marks.append((at, rec.id, kind, detail))
        self.event(rec, kind)

    def snapshot(self, tick=TICK):
        """The trace as a dict in the key order of the format."""
        return _build(self, tick)


_R = _Recorder()


def _rec_of(task):
    return getattr(task, "_guide_rec", None) or _R.foreign.get(task)


def _waiting_on(task, recorder):
    """A short label for what a suspended task awaits: the outermost asyncio coroutine it is inside
    (sleep, Queue.get, Semaphore.acquire, to_thread, TaskGroup, wait_for...), else the future itself."""
    obj = task._coro
    while obj is not None:
        code = getattr(obj, "cr_code", None) or getattr(obj, "gi_code", None)
        frame = getattr(obj, "cr_frame", None) or getattr(obj, "gi_frame", None)
        if code is not None and frame is not None:
            module = frame.f_globals.get("__name__", "")
            qualname = getattr(code, "co_qualname", code.co_name)
            if (module == "asyncio" or module.startswith("asyncio.")) and qualname not in _SKIP_FRAMES:
                return _LABELS.get(qualname, qualname)
        obj = getattr(obj, "cr_await", None) or getattr(obj, "gi_yieldfrom", None)
    fut = task._fut_waiter
    rec = _rec_of(fut) if fut is not None else None
    if rec is not None:
        return ("task", rec.id)
    if isinstance(fut, asyncio.Task) or hasattr(fut, "get_coro"):
        return "task " + fut.get_name()
    if type(fut).__name__ == "_GatheringFuture":
        return "gather"
    if _shielded(fut) is not None:
        return "shield"
    return "Future"


def _shielded(fut):
    """The inner awaitable when `fut` is the outer future of asyncio.shield(), else None."""
    for callback, *_ in getattr(fut, "_callbacks", None) or ():
        if getattr(callback, "__name__", "") == "_outer_done_callback" and callback.__closure__:
            cells = dict(zip(callback.__code__.co_freevars, callback.__closure__))
            if "inner" in cells:
                return cells["inner"].cell_contents
    return None


class Task(_tasks._PyTask):
    """asyncio's pure-Python Task, reporting each step, cancel() and its end to the recorder."""

    def __init__(self, coro, *args, **kwargs):
        # Recorded before the base __init__, which may already run the first step (eager start).
        self._guide_rec = _R.created(self, coro) if asyncio.iscoroutine(coro) else None
        super().__init__(coro, *args, **kwargs)
        if self._guide_rec is not None:
            self._guide_rec.name = self._name  # the given name or Task-<n>

    def _Task__step(self, exc=None):
        rec = self._guide_rec
        if rec is None:
            return super()._Task__step(exc)
        _R.step_begin(rec)
        try:
            return super()._Task__step(exc)
        finally:
            _R.step_end(rec, self)

    def _Task__eager_start(self):
        rec = self._guide_rec
        if rec is None:
            return super()._Task__eager_start()
        rec.name = self._name  # the base __init__ has set it
        _R.step_begin(rec)
        try:
            return super()._Task__eager_start()
        finally:
            _R.step_end(rec, self)

    def set_name(self, value):
        super().set_name(value)
        # create_task() with a task factory calls set_name(None) on 3.11-3.13.0, naming it "None".
        if self._guide_rec is not None and value is not None:
            self._guide_rec.name = self._name

    def cancel(self, msg=None):
        rec = self._guide_rec
        if rec is not None and not self.done():
            _R.mark(rec, "cancel")
            inner = _shielded(self._fut_waiter) if self._fut_waiter is not None else None
            inner_rec = _rec_of(inner) if inner is not None else None
            if inner_rec is not None and not inner.done():
                _R.mark(inner_rec, "shield")
        return super().cancel(msg=msg)


Task.__module__ = "_asyncio"


# The frame the pure-Python Task adds to an exception's traceback (C tasks add none): removed in _strip.
_STEP_CODES = {
    f.__code__
    for f in (
        getattr(_tasks._PyTask, "_Task__step_run_and_handle_result", None),
        getattr(_tasks._PyTask, "_Task__step", None),
    )
    if f is not None
}


def _strip(task):
    """Drops the pure-Python step frame from a failed task's traceback, so printed tracebacks match C tasks."""
    exc = task._exception
    tb = exc.__traceback__ if exc is not None else None
    if tb is not None and tb.tb_frame.f_code in _STEP_CODES:
        exc.__traceback__ = tb.tb_next
        if hasattr(task, "_exception_tb"):
            task._exception_tb = tb.tb_next


_finished = _Recorder.finished


def _finished_and_stripped(self, rec, task, at):
    if isinstance(task, Task):
        _strip(task)
    _finished(self, rec, task, at)


_Recorder.finished = _finished_and_stripped


def _foreign(task, coro):
    """Records a task another factory built (a C Task): only its creation and end."""
    if _hidden(coro) or _rec_of(task) is not None:
        return
    stack = _R.running()
    rec = _Rec(len(_R.recs), task, coro, stack[-1].id if stack else None, _R.now())
    rec.steps, rec.name = None, task.get_name()
    _R.recs.append(rec)
    _R.foreign[task] = rec
    _R.event(rec, "start")

    def done(t):
        rec.name = t.get_name()
        _R.finished(rec, t, _R.now())

    task.add_done_callback(done)


_saved = []  # (object, attribute, original value) for uninstall()


def _patch(obj, name, value):
    _saved.append((obj, name, getattr(obj, name)))
    setattr(obj, name, value)


def _wrap_create_task(cls):
    original = cls.create_task

    def create_task(self, coro, *args, **kwargs):
        task = original(self, coro, *args, **kwargs)
        if not isinstance(task, Task):
            _foreign(task, coro)
        return task

    create_task.__doc__, create_task.__wrapped__ = original.__doc__, original
    _patch(cls, "create_task", create_task)


def _pyodide_task_class(webloop):
    """Pyodide's PyodideTask on the traced Task: its done-callback count and Promise-style methods."""

    class PyodideTask(Task):
        def __init__(self, *args, **kwargs):
            self._num_done_callbacks = 0
            super().__init__(*args, **kwargs)

        def add_done_callback(self, cb, *, context=None):
            result = super().add_done_callback(cb, context=context)
            self._num_done_callbacks += 1
            return result

    for key, value in vars(webloop.PyodideFuture).items():
        if callable(value) and not key.startswith("__"):
            setattr(PyodideTask, key, value)
    PyodideTask.__module__ = "pyodide.webloop"
    return PyodideTask


def install():
    """Makes every task the example creates from now on a traced one (idempotent)."""
    if _saved:
        return
    for name in ("enter_task", "leave_task", "swap_current_task", "register_task", "register_eager_task",
                 "unregister_task", "unregister_eager_task"):
        if hasattr(_tasks, "_c_" + name) and hasattr(_tasks, "_py_" + name):
            _patch(_tasks, "_py_" + name, getattr(_tasks, "_c_" + name))
    _patch(_tasks, "Task", Task)
    _wrap_create_task(asyncio.base_events.BaseEventLoop)
    native = {asyncio.Task}
    webloop = sys.modules.get("pyodide.webloop")
    if webloop is not None:
        native.add(webloop.PyodideTask)
        _patch(webloop, "PyodideTask", _pyodide_task_class(webloop))
        _wrap_create_task(webloop.WebLoop)
    make_eager = getattr(_tasks, "create_eager_task_factory", None)
    if make_eager is not None:  # Python 3.12+

        def create_eager_task_factory(custom_task_constructor):
            traced = Task if custom_task_constructor in native else custom_task_constructor
            return make_eager(traced)

        create_eager_task_factory.__doc__ = make_eager.__doc__
        traced_eager = make_eager(Task)
        for module in (asyncio, _tasks):
            _patch(module, "create_eager_task_factory", create_eager_task_factory)
            _patch(module, "eager_task_factory", traced_eager)
    timeouts = getattr(asyncio, "timeouts", None)
    if timeouts is not None:
        on_timeout = timeouts.Timeout._on_timeout

        def _on_timeout(self):
            rec = _rec_of(self._task) if self._task is not None else None
            if rec is not None:
                _R.mark(rec, "timeout")
            return on_timeout(self)

        _patch(timeouts.Timeout, "_on_timeout", _on_timeout)


def uninstall():
    """Puts back everything install() replaced (tasks already created stay traced until they end)."""
    while _saved:
        obj, name, value = _saved.pop()
        setattr(obj, name, value)


def start():
    """Installs the tracer (if needed) and forgets what was recorded: the next task created is time zero."""
    install()
    _R.start()


def finish(tick=TICK):
    """The trace since start() as JSON text (2-space indent, final newline); uninstalls the tracer, so a
    later run that is not traced gets asyncio's own tasks again."""
    try:
        return json.dumps(_R.snapshot(tick), indent=2, ensure_ascii=False) + "\n"
    finally:
        uninstall()


def install_from_env():
    """CPython bootstrap: trace this process and write the JSON to $GUIDE_TIMELINE_TRACE at exit."""
    path = os.environ.get("GUIDE_TIMELINE_TRACE")
    if not path:
        return
    install()
    import atexit

    def write():
        with open(path, "w", encoding="utf-8") as f:
            f.write(finish())

    atexit.register(write)


def _ms(value, tick):
    """Milliseconds rounded half up to a multiple of tick."""
    return int(value / tick + 0.5) * tick if value > 0 else 0


def _lane_names(recs):
    """Explicit task names, else function names, with the first argument when a name repeats."""
    bases = [r.name if r.name and not _DEFAULT_NAME.fullmatch(r.name) else None for r in recs]
    counts = {}
    for rec, explicit in zip(recs, bases):
        if explicit is None:
            counts[rec.base] = counts.get(rec.base, 0) + 1
    names, seen = [], {}
    for rec, explicit in zip(recs, bases):
        name = explicit or (f"{rec.base}({rec.arg})" if counts[rec.base] > 1 and rec.arg else rec.base)
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name} #{seen[name]}")
    return names


def _spans(rec, last, tick, label):
    raw = []
    if rec.steps is None:
        raw.append(("wait", rec.created, rec.ended if rec.ended is not None else last, "untraced"))
    else:
        cur, state, on = rec.created, "ready", None
        for begin, end, after, after_on in rec.steps:
            end = begin if end is None else end
            raw += [(state, cur, begin, on), ("run", begin, end, None)]
            cur, state, on = end, after, after_on
        if rec.ended is None:
            raw.append((state or "wait", cur, last, on))
    spans = []
    for state, begin, end, on in raw:
        begin, end, on = _ms(begin, tick), _ms(end, tick), label(on)
        if end == begin and state != "run":
            continue
        if spans and spans[-1]["state"] == state and spans[-1].get("on") == on and spans[-1]["to"] == begin:
            spans[-1]["to"] = end
            continue
        span = {"state": state, "from": begin, "to": end}
        if on is not None:
            span["on"] = on
        spans.append(span)
    return spans


def _build(recorder, tick):
    recs = recorder.recs
    times = [m[0] for m in recorder.marks] + [e[0] for e in recorder.order]
    last = max(times, default=0.0)
    duration = _ms(last, tick)
    names = _lane_names(recs)

    def label(on):
        return f"task {names[on[1]]}" if isinstance(on, tuple) else on

    tasks = []
    for rec, name in zip(recs, names):
        task = {"id": rec.id, "name": name, "parent": rec.parent, "start": _ms(rec.created, tick),
                "end": _ms(rec.ended, tick) if rec.ended is not None else duration, "outcome": rec.outcome}
        if rec.error:
            task["error"] = rec.error
        task["spans"] = _spans(rec, last, tick, label)
        tasks.append(task)
    marks = []
    for at, rid, kind, detail in sorted(recorder.marks, key=lambda m: (_ms(m[0], tick), m[1])):
        mark = {"task": rid, "at": _ms(at, tick), "kind": kind}
        if detail:
            mark["detail"] = detail
        marks.append(mark)
    # Tasks that end in the same tick right after waiting on to_thread are listed by id: which worker
    # thread finishes first is a race. Every other order is the program's own and kept exactly.
    events = [(_ms(t, tick), rid, verb, text) for t, rid, verb, text in recorder.order]
    racy = [verb == "end" and recs[rid].last_on == "to_thread" for _, rid, verb, _ in events]
    order, i = [], 0
    while i < len(events):
        j = i
        while racy[i] and j + 1 < len(events) and racy[j + 1] and events[j + 1][0] == events[i][0]:
            j += 1
        for _, rid, verb, text in sorted(events[i : j + 1], key=lambda e: e[1]):
            text = label(text)
            order.append(f"{verb} {names[rid]}" + (f" {text}" if text else ""))
        i = j + 1
    return {"version": 1, "tick": tick, "duration": duration, "tasks": tasks, "marks": marks, "order": order}
