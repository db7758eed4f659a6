# requires: python>=3.11
# browser: no (uses a thread)
# Wrong: a worker thread touches an asyncio.Queue (not thread-safe) directly.
import asyncio
import threading
import time


def sensor(queue: asyncio.Queue) -> None:
    time.sleep(0.1)
    queue.put_nowait("reading")  # called from the wrong thread: the loop is not woken


async def other_work() -> None:
    await asyncio.sleep(0.5)  # the loop's next scheduled wake-up


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    start = time.perf_counter()
    threading.Thread(target=sensor, args=(queue,)).start()
    chores = asyncio.create_task(other_work())
    item = await queue.get()
    elapsed = time.perf_counter() - start
    when = "only after 0.4s, when the 0.5s timer woke the loop" if elapsed >= 0.4 else f"after {elapsed:.2f}s"
    print(f"got {item!r} {when} (it was put at 0.1s)")
    await chores


asyncio.run(main())
