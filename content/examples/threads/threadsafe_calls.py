# requires: python>=3.11
# browser: no (uses threads)
# A plain thread talks to the event loop: call_soon_threadsafe and run_coroutine_threadsafe.
import asyncio
import threading
import time

DONE = object()


async def lookup(sensor_id: int) -> str:
    await asyncio.sleep(0.1)  # async work that only the loop's thread may do
    return f"sensor-{sensor_id} is in room {sensor_id * 10}"


def sensor_thread(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue, log: list) -> None:
    for reading in [21.5, 21.7, 22.0]:
        time.sleep(0.05)  # e.g. a blocking hardware or SDK callback
        # asyncio objects are not thread-safe: ask the loop to do the put for us.
        loop.call_soon_threadsafe(queue.put_nowait, reading)
    # Run a coroutine on the loop and block this thread until it has a result.
    future = asyncio.run_coroutine_threadsafe(lookup(7), loop)
    log.append(future.result(timeout=2))  # a concurrent.futures.Future
    loop.call_soon_threadsafe(queue.put_nowait, DONE)


async def main() -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    log: list[str] = []
    thread = threading.Thread(target=sensor_thread, args=(loop, queue, log))
    thread.start()
    while (item := await queue.get()) is not DONE:
        print("reading from thread:", item)
    await asyncio.to_thread(thread.join)  # join without blocking the loop
    print("thread got back:", log[0])


asyncio.run(main())
