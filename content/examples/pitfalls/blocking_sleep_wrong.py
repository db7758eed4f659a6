# requires: python>=3.11
# timeline: yes (tasks: a, b, c)
# en: Wrong: blocking calls inside coroutines freeze the whole event loop.
# zh: 错误示范：协程里的阻塞调用会冻结整个事件循环。
import asyncio
import time


def fetch_report() -> str:
    # en: Stands in for a blocking library call such as requests.get(...)
    # zh: 代表一个阻塞的库调用，例如 requests.get(...)
    time.sleep(0.2)
    return "report"


async def handler(name: str) -> None:
    time.sleep(0.2)  # en: blocks the loop: no other coroutine can run | zh: 阻塞事件循环：其他协程都无法运行
    fetch_report()   # en: blocks again | zh: 再次阻塞
    print(f"{name} done")


async def main() -> None:
    start = time.perf_counter()
    await asyncio.gather(handler("a"), handler("b"), handler("c"))
    elapsed = time.perf_counter() - start
    # en: Six blocking waits of 0.2s: the total is their sum, because nothing overlaps.
    # zh: 六次 0.2 秒的阻塞等待：总耗时就是它们的和，因为没有任何重叠。
    verdict = "at least" if elapsed >= 1.2 else "less than"
    print(f"elapsed: {verdict} 1.2s, the sum of all six waits (no overlap at all)")

    try:
        await time.sleep(0.1)  # en: sleeps (blocking!), then awaits None | zh: 先（阻塞地）睡眠，再去 await None
    except TypeError as e:
        print(type(e).__name__, "- time.sleep() returned None, which cannot be awaited")


asyncio.run(main())
