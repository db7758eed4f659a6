/**
 * The Pyodide runtime (src/lib/examples/pyodide-runtime.ts and runtime.py) makes Pyodide behave like
 * `python name.py` on CPython where the guide depends on it. These checks pin that down.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { parseHeader } from '../../src/lib/examples/header.ts';
import { PyodideRunner } from '../tools/examples/runners.ts';

const runner = new PyodideRunner();

function program(name: string, body: string) {
  const source = `# requires: python>=3.11\n${body}`;
  return { name, path: `/nonexistent/${name}`, source, header: parseHeader(source) };
}

async function run(name: string, body: string): Promise<{ output: string; exitCode: number | null }> {
  const result = await runner.run(program(name, body));
  return { output: result.output, exitCode: result.exitCode };
}

describe('Pyodide runtime', () => {
  after(() => runner.close());

  it('time.sleep blocks the event loop, as on CPython', async () => {
    const { output } = await run(
      'blocking.py',
      `import asyncio, time
ticks = 0
async def heartbeat():
    global ticks
    while True:
        await asyncio.sleep(0.05)
        ticks += 1
async def main():
    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)
    start = time.perf_counter()
    time.sleep(0.3)
    print(f"ticks during time.sleep: {ticks}, slept {time.perf_counter() - start:.1f}s")
    hb.cancel()
asyncio.run(main())
`,
    );
    assert.equal(output, 'ticks during time.sleep: 0, slept 0.3s\n');
  });

  it("asyncio.run inside a running loop raises RuntimeError with CPython's message", async () => {
    const { output } = await run(
      'nested.py',
      `import asyncio
async def inner():
    return 1
async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()
asyncio.run(main())
`,
    );
    assert.equal(output, 'RuntimeError: asyncio.run() cannot be called from a running event loop\n');
  });

  it('tasks left running when main() returns are cancelled and do not leak into the next run', async () => {
    const first = await run(
      'leftover.py',
      `import asyncio
async def forever():
    try:
        while True:
            await asyncio.sleep(0.05)
            print("tick")
    except asyncio.CancelledError:
        print("forever: cancelled by asyncio.run")
        raise
async def main():
    global task
    task = asyncio.create_task(forever())
    await asyncio.sleep(0.12)
asyncio.run(main())
print("after run: cancelled =", task.cancelled())
`,
    );
    assert.equal(first.output, 'tick\ntick\nforever: cancelled by asyncio.run\nafter run: cancelled = True\n');
    const second = await run('quiet.py', 'import asyncio\nasyncio.run(asyncio.sleep(0.2))\nprint("quiet")\n');
    assert.equal(second.output, 'quiet\n');
  });

  it("each run starts clean: modules, logging, warnings filters, the loop's exception handler", async () => {
    await run(
      'dirty.py',
      `import asyncio, logging, sys, types, warnings
sys.modules["guide_probe"] = types.ModuleType("guide_probe")
logging.basicConfig(level=logging.DEBUG, format="DIRTY %(message)s")
warnings.simplefilter("ignore")
async def main():
    asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: print("DIRTY handler"))
asyncio.run(main())
`,
    );
    const { output } = await run(
      'clean.py',
      `import asyncio, logging, sys, warnings
print("probe module gone:", "guide_probe" not in sys.modules)
logging.basicConfig(format="%(levelname)s %(message)s")
logging.getLogger("x").info("hidden at the default WARNING level")
logging.getLogger("x").warning("shown")
warnings.warn("visible again")
async def main():
    print("exception handler reset:", asyncio.get_running_loop().get_exception_handler() is None)
asyncio.run(main())
`,
    );
    assert.equal(
      output,
      'probe module gone: True\nWARNING shown\nclean.py:7: UserWarning: visible again\n  warnings.warn("visible again")\nexception handler reset: True\n',
    );
  });

  it('keeps stdout and stderr in order, reports sys.exit codes and uncaught exceptions like CPython', async () => {
    const ordered = await run(
      'order.py',
      'import sys\nprint("out 1")\nprint("err 1", file=sys.stderr)\nprint("out 2")\nsys.exit(3)\n',
    );
    assert.deepEqual(ordered, { output: 'out 1\nerr 1\nout 2\n', exitCode: 3 });
    const crash = await run('crash.py', 'def f():\n    raise ValueError("boom")\nf()\n');
    assert.equal(crash.exitCode, 1);
    assert.match(crash.output, /^Traceback \(most recent call last\):\n {2}File "crash.py", line 4, in <module>\n/);
    assert.match(crash.output, /ValueError: boom\n$/);
    assert.doesNotMatch(crash.output, /runpy|<exec>/);
  });

  it('never-awaited coroutine warnings belong to the run that created them', async () => {
    const { output } = await run('forgot.py', 'import asyncio\nasync def save():\n    pass\nsave()\nprint("done")\n');
    assert.match(output, /^forgot.py:5: RuntimeWarning: coroutine 'save' was never awaited\n/);
    const next = await run('next.py', 'print("next")\n');
    assert.equal(next.output, 'next\n');
  });
});
