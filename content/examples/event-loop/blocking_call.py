# requires: python>=3.11
# browser: no (time.sleep and timers behave differently in Pyodide; counts vary)
"""en: A blocking time.sleep() freezes every other task; asyncio.sleep() does not.
zh: 阻塞的 time.sleep() 会让其他所有任务停摆，asyncio.sleep() 不会。"""
import asyncio
import time


async def heartbeat(beats: list[float]) -> None:
    while True:
        await asyncio.sleep(0.1)
        beats.append(time.perf_counter())


async def handler(blocking: bool) -> None:
    if blocking:
        time.sleep(0.5)  # en: blocks the whole thread, so the loop stops | zh: 阻塞整个线程，事件循环随之停转
    else:
        await asyncio.sleep(0.5)  # en: suspends only this coroutine | zh: 只挂起当前这个协程


async def run(blocking: bool) -> None:
    beats: list[float] = []
    beat_task = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0.15)  # en: start between two heartbeats | zh: 从两次心跳之间开始
    start = time.perf_counter()
    await handler(blocking)
    end = time.perf_counter()
    beat_task.cancel()
    during = sum(start <= t <= end for t in beats)
    name = "time.sleep(0.5)   " if blocking else "asyncio.sleep(0.5)"
    took = "at least 0.5s" if end - start >= 0.49 else f"{end - start:.2f}s"
    # en: Five heartbeats fit in 0.5 s; a busy machine may delay one, so print a threshold.
    # zh: 0.5 秒内应有五次心跳；机器繁忙时可能推迟一次，所以只打印一个下限。
    seen = "none" if during == 0 else "3 or more" if during >= 3 else str(during)
    print(f"{name}: handler took {took}, heartbeats while it ran: {seen}")


async def main() -> None:
    await run(blocking=False)
    await run(blocking=True)


asyncio.run(main())
