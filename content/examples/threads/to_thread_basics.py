# requires: python>=3.11
# browser: no (uses threads)
# timeline: yes (tasks: heartbeat, a, b, c)
# en: asyncio.to_thread runs a blocking function in a worker thread; the loop keeps running.
# zh: asyncio.to_thread 在 worker 线程里运行阻塞函数，事件循环照常运转。
import asyncio
import time


def blocking_io(name: str) -> str:
    time.sleep(0.5)  # en: stands in for a sync driver, SDK or file call | zh: 代表同步驱动、SDK 或文件调用
    return f"{name}: ok"


async def heartbeat(stop: asyncio.Event) -> int:
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.1)
        ticks += 1
    return ticks


async def measure(label: str, work) -> None:
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    start = time.perf_counter()
    results = await work()
    elapsed = time.perf_counter() - start
    stop.set()
    ticks = await beat
    print(f"{label}: {results}")
    # en: Thresholds, not raw times, so scheduling noise does not change the output.
    # zh: 输出用阈值而不是原始耗时，这样调度上的抖动不会改变输出。
    if elapsed >= 1.49:
        took = "at least 1.5s (the calls ran one after another)"
    elif elapsed < 1.0:
        took = "under 1.0s (the calls overlapped)"
    else:
        took = f"{elapsed:.2f}s"
    print(f"  elapsed {took}, heartbeat ran during the wait: {ticks >= 4}")


async def direct() -> list[str]:
    # en: Wrong: each call blocks the event loop for 0.5 s, one after another.
    # zh: 错误做法：每次调用都把事件循环阻塞 0.5 秒，一个接一个。
    return [blocking_io(n) for n in "abc"]


async def in_threads() -> list[str]:
    # en: Right: three worker threads sleep in parallel, the loop stays free.
    # zh: 正确做法：三个 worker 线程并行睡眠，事件循环保持空闲。
    return await asyncio.gather(*(asyncio.to_thread(blocking_io, n) for n in "abc"))


async def main() -> None:
    await measure("called directly", direct)
    await measure("asyncio.to_thread", in_threads)


asyncio.run(main())
