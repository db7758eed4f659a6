# requires: python>=3.11
# browser: no (time.sleep and timers behave differently in Pyodide; counts vary)
"""A blocking time.sleep() freezes every other task; asyncio.sleep() does not."""
import asyncio
import time


async def heartbeat(beats: list[float]) -> None:
    while True:
        await asyncio.sleep(0.1)
        beats.append(time.perf_counter())


async def handler(blocking: bool) -> None:
    if blocking:
        time.sleep(0.5)  # blocks the whole thread, so the loop stops
    else:
        await asyncio.sleep(0.5)  # suspends only this coroutine


async def run(blocking: bool) -> None:
    beats: list[float] = []
    beat_task = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0.15)  # start between two heartbeats
    start = time.perf_counter()
    await handler(blocking)
    end = time.perf_counter()
    beat_task.cancel()
    during = sum(start <= t <= end for t in beats)
    name = "time.sleep(0.5)   " if blocking else "asyncio.sleep(0.5)"
    took = "at least 0.5s" if end - start >= 0.49 else f"{end - start:.2f}s"
    # Five heartbeats fit in 0.5 s; a busy machine may delay one, so print a threshold.
    seen = "none" if during == 0 else "3 or more" if during >= 3 else str(during)
    print(f"{name}: handler took {took}, heartbeats while it ran: {seen}")


async def main() -> None:
    await run(blocking=False)
    await run(blocking=True)


asyncio.run(main())
