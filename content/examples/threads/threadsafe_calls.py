# requires: python>=3.11
# browser: no (uses threads)
# en: A plain thread talks to the event loop: call_soon_threadsafe and run_coroutine_threadsafe.
# zh: 普通线程与事件循环通信：call_soon_threadsafe 和 run_coroutine_threadsafe。
import asyncio
import threading
import time

DONE = object()


async def lookup(sensor_id: int) -> str:
    await asyncio.sleep(0.1)  # en: async work that only the loop's thread may do | zh: 只能在事件循环所在线程里做的异步工作
    return f"sensor-{sensor_id} is in room {sensor_id * 10}"


def sensor_thread(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue, log: list) -> None:
    for reading in [21.5, 21.7, 22.0]:
        time.sleep(0.05)  # en: e.g. a blocking hardware or SDK callback | zh: 比如阻塞的硬件调用或 SDK 回调
        # en: asyncio objects are not thread-safe: ask the loop to do the put for us.
        # zh: asyncio 对象不是线程安全的：把 put 交给事件循环去执行。
        loop.call_soon_threadsafe(queue.put_nowait, reading)
    # en: Run a coroutine on the loop and block this thread until it has a result.
    # zh: 在事件循环上运行一个协程，并阻塞当前线程，直到拿到结果。
    future = asyncio.run_coroutine_threadsafe(lookup(7), loop)
    log.append(future.result(timeout=2))  # en: a concurrent.futures.Future | zh: 这是一个 concurrent.futures.Future
    loop.call_soon_threadsafe(queue.put_nowait, DONE)


async def main() -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    log: list[str] = []
    thread = threading.Thread(target=sensor_thread, args=(loop, queue, log))
    thread.start()
    while (item := await queue.get()) is not DONE:
        print("reading from thread:", item)
    await asyncio.to_thread(thread.join)  # en: join without blocking the loop | zh: 等线程结束，但不阻塞事件循环
    print("thread got back:", log[0])


asyncio.run(main())
