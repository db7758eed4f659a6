# requires: python>=3.11
# browser: no (uses a thread)
# en: Right: cross the thread boundary with loop.call_soon_threadsafe().
# zh: 正确做法：跨线程交接数据时使用 loop.call_soon_threadsafe()。
import asyncio
import threading
import time


def sensor(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
    time.sleep(0.1)
    loop.call_soon_threadsafe(queue.put_nowait, "reading")  # en: wakes the loop | zh: 会唤醒事件循环


async def other_work() -> None:
    await asyncio.sleep(0.5)


async def main() -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str] = asyncio.Queue()
    start = time.perf_counter()
    threading.Thread(target=sensor, args=(loop, queue)).start()
    chores = asyncio.create_task(other_work())
    item = await queue.get()
    elapsed = time.perf_counter() - start
    when = "in under 0.4s" if elapsed < 0.4 else f"after {elapsed:.2f}s"
    print(f"got {item!r} {when} (it was put at 0.1s)")
    await chores


asyncio.run(main())
