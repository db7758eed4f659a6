# requires: python>=3.11
# packages: anyio, sniffio
# AnyIO code is written once and runs on an asyncio (or Trio) event loop.
# Starlette and FastAPI are built on it. Here it runs on asyncio.
import time

import anyio
import sniffio


async def fetch(name: str, seconds: float, results: dict[str, str]) -> None:
    await anyio.sleep(seconds)  # stands in for network I/O
    results[name] = f"{name} done"


async def main() -> None:
    print("event loop library:", sniffio.current_async_library())
    results: dict[str, str] = {}
    start = time.perf_counter()
    async with anyio.create_task_group() as tg:  # structured concurrency, like TaskGroup
        for name, seconds in (("a", 0.2), ("b", 0.3), ("c", 0.1)):
            tg.start_soon(fetch, name, seconds, results)
    print(sorted(results.values()))
    elapsed = time.perf_counter() - start  # about the longest wait, far below the 0.6 s sum
    if 0.3 <= elapsed < 0.5:
        print("elapsed: at least 0.3s but under 0.5s (the waits overlapped; in a row they take 0.6s)")
    else:
        print(f"elapsed: {elapsed:.2f}s, outside 0.3-0.5s")

    # A deadline that cancels the work inside it, like asyncio.timeout().
    with anyio.move_on_after(0.2) as scope:
        await anyio.sleep(1)
    print("timed out:", scope.cancel_called)


anyio.run(main, backend="asyncio")
