# requires: python>=3.11
# timeline: yes (tasks: slow, fast, medium)
# en: gather runs awaitables concurrently and returns results in argument order.
# zh: gather 并发运行多个可等待对象，并按参数顺序返回结果。
import asyncio
import time


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"finished {name}")
    return f"{name}:{seconds}s"


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(
        download("slow", 0.3),
        download("fast", 0.1),
        download("medium", 0.2),
    )
    print(results)  # en: argument order, not completion order | zh: 按参数顺序，而非完成顺序
    # en: About the longest one, far below the 0.6 s sum.
    # zh: 总耗时约等于最慢的那个，远小于三者之和 0.6 秒。
    elapsed = time.perf_counter() - start
    if 0.3 <= elapsed < 0.5:
        print("elapsed: at least 0.3s but under 0.5s (the waits overlapped; in a row they take 0.6s)")
    else:
        print(f"elapsed: {elapsed:.2f}s, outside 0.3-0.5s")


asyncio.run(main())
