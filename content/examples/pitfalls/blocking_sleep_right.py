# requires: python>=3.11
# browser: no (uses a worker thread via asyncio.to_thread)
# timeline: yes (tasks: a, b, c)
# en: Right: await asyncio.sleep, and push blocking library calls to a thread.
# zh: 正确做法：await asyncio.sleep，并把阻塞的库调用交给线程。
import asyncio
import time


def fetch_report() -> str:
    # en: Stands in for a blocking library call such as requests.get(...)
    # zh: 代表一个阻塞的库调用，例如 requests.get(...)
    time.sleep(0.2)
    return "report"


async def handler(name: str) -> str:
    await asyncio.sleep(0.2)               # en: yields to the loop while waiting | zh: 等待期间把控制权交还事件循环
    await asyncio.to_thread(fetch_report)  # en: runs in a worker thread | zh: 在 worker 线程中运行
    return f"{name} done"


async def main() -> None:
    start = time.perf_counter()
    for line in await asyncio.gather(handler("a"), handler("b"), handler("c")):
        print(line)  # en: gather keeps the order; finishing order may vary | zh: gather 保持参数顺序；完成顺序可能不同
    elapsed = time.perf_counter() - start
    # en: Each handler waits 0.4s; run one after another they would take 1.2s.
    # zh: 每个 handler 等待 0.4 秒；依次运行的话共需 1.2 秒。
    verdict = "well under" if elapsed < 0.8 else "not under"
    print(f"elapsed: {verdict} 0.8s (the three handlers overlap; serially they would take 1.2s)")


asyncio.run(main())
