# requires: python>=3.11
# en: sleep() built from a Future and call_later, and sleep(0) as a bare yield.
# zh: 用 Future 和 call_later 搭出 sleep()，再用一个裸 yield 实现 sleep(0)。
import asyncio
import time
import types


async def my_sleep(delay, result=None):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_later(delay, fut.set_result, result)  # en: the timer completes the Future | zh: 定时器到点时完成这个 Future
    try:
        return await fut  # en: the task is suspended until then | zh: 在此之前任务一直挂起
    finally:
        handle.cancel()  # en: if we were cancelled first, drop the timer | zh: 如果先被取消，就撤掉定时器


@types.coroutine
def bare_yield():
    """en: What asyncio.sleep(0) does: yield None, so the Task reschedules itself at once.
    zh: asyncio.sleep(0) 做的事：yield None，于是 Task 立刻重新调度自己。"""
    yield


async def ticker(name, log):
    for i in range(3):
        log.append(f"{name}{i}")
        await bare_yield()  # en: give the other task a turn, without any timer | zh: 把机会让给另一个任务，不用任何定时器


async def no_suspension():
    return "done"  # en: contains no await that suspends | zh: 没有任何会挂起的 await


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
            await no_suspension()  # en: awaits, but never suspends: no switch | zh: 有 await，但从不挂起：不会切换任务

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
