# requires: python>=3.11
# browser: no (Pyodide's browser event loop is always running, so asyncio.run and Runner behave differently)
# Wrong: a module-level asyncio.Lock reused by two asyncio.run() calls.
import asyncio
import re

lock = asyncio.Lock()  # created at import time, not bound to a loop yet


async def worker(n: int) -> None:
    async with lock:  # the first contended acquire binds the lock to this loop
        await asyncio.sleep(0.1)


async def job() -> str:
    await asyncio.gather(worker(1), worker(2))
    return "ok"


print("first run:", asyncio.run(job()))  # a new event loop
try:
    print("second run:", asyncio.run(job()))  # another new event loop
except RuntimeError as e:
    print("second run:", type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))
