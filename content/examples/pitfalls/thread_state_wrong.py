# requires: python>=3.11
# browser: no (uses a thread)
# en: Wrong: a worker thread touches an asyncio.Queue (not thread-safe) directly.
# zh: 错误做法：工作线程直接操作 asyncio.Queue（它不是线程安全的）。
import asyncio
import threading
import time


def sensor(queue: asyncio.Queue) -> None:
    time.sleep(0.1)
    queue.put_nowait("reading")  # en: called from the wrong thread: the loop is not woken | zh: 在错误的线程里调用：事件循环不会被唤醒


async def other_work() -> None:
    await asyncio.sleep(0.5)  # en: the loop's next scheduled wake-up | zh: 事件循环下一次按计划醒来的时刻


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
