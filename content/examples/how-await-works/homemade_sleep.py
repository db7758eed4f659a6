# requires: python>=3.11
# sleep() built from a Future and call_later, and sleep(0) as a bare yield.
import asyncio
import time
import types


async def my_sleep(delay, result=None):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_later(delay, fut.set_result, result)  # the timer completes the Future
    try:
        return await fut  # the task is suspended until then
    finally:
        handle.cancel()  # if we were cancelled first, drop the timer


@types.coroutine
def bare_yield():
    """What asyncio.sleep(0) does: yield None, so the Task reschedules itself at once."""
    yield


async def ticker(name, log):
    for i in range(3):
        log.append(f"{name}{i}")
        await bare_yield()  # give the other task a turn, without any timer


async def no_suspension():
    return "done"  # contains no await that suspends


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(my_sleep(0.2, "a"), my_sleep(0.2, "b"))
    elapsed = time.perf_counter() - start
    print("two sleeps ran concurrently:", results, elapsed < 0.35)

    log = []
    await asyncio.gather(ticker("x", log), ticker("y", log))
    print("bare yields interleave:", " ".join(log))

    log = []

    async def spin(name):
        for i in range(3):
            log.append(f"{name}{i}")
            await no_suspension()  # awaits, but never suspends: no switch

    await asyncio.gather(spin("x"), spin("y"))
    print("awaits that do not suspend:", " ".join(log))

    task = asyncio.create_task(my_sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("my_sleep(10) was cancelled at once; its finally block cancelled the timer")


asyncio.run(main())
