# requires: python>=3.11
# browser: no (Pyodide's browser event loop is always running, so asyncio.run and Runner behave differently)
# Right: create asyncio primitives inside the running loop and pass them along.
import asyncio


async def worker(lock: asyncio.Lock, n: int) -> None:
    async with lock:
        await asyncio.sleep(0.1)


async def job(lock: asyncio.Lock | None = None) -> str:
    lock = lock or asyncio.Lock()  # a fresh lock belongs to this run's loop
    await asyncio.gather(worker(lock, 1), worker(lock, 2))
    return "ok"


print("first run:", asyncio.run(job()))
print("second run:", asyncio.run(job()))

# Several runs that must share one lock: use one Runner, so there is one loop.
with asyncio.Runner() as runner:
    shared = asyncio.Lock()
    print("runner, first:", runner.run(job(shared)))
    print("runner, second:", runner.run(job(shared)))
