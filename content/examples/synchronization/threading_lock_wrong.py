# requires: python>=3.11
# en: threading.Lock in async code: waiting for it blocks the whole event loop.
# zh: 在异步代码里用 threading.Lock：等这把锁会阻塞整个事件循环。
import asyncio
import threading
import time

tlock = threading.Lock()


async def holder() -> None:
    with tlock:  # en: WRONG: a thread lock held across an await | zh: 错误做法：拿着线程锁去 await
        print("holder: acquired")
        await asyncio.sleep(0.1)  # en: the holder can only resume via the loop... | zh: 持有者只能靠事件循环恢复执行……
    print("holder: released")


async def waiter() -> None:
    start = time.perf_counter()
    # en: ...but this call blocks the loop, so the holder can never resume.
    # en: (Without a timeout this would be a deadlock.)
    # zh: ……但这个调用阻塞了事件循环，持有者永远没有机会恢复。
    # zh: （如果不设超时，就成了死锁。）
    got = tlock.acquire(timeout=0.5)
    elapsed = time.perf_counter() - start
    took = "its whole 0.5s timeout" if elapsed >= 0.45 else f"{elapsed:.2f}s"
    print(f"waiter: acquired={got} after {took} (loop frozen)")
    if got:
        tlock.release()


async def ticker() -> None:
    for _ in range(3):
        print("tick")
        await asyncio.sleep(0.2)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(holder())
        tg.create_task(waiter())
        tg.create_task(ticker())


asyncio.run(main())
