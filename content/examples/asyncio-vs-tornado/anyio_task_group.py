# requires: python>=3.11
# packages: anyio, sniffio
# en: AnyIO code is written once and runs on an asyncio (or Trio) event loop.
# en: Starlette and FastAPI are built on it. Here it runs on asyncio.
# zh: AnyIO 代码只写一遍，就能跑在 asyncio（或 Trio）的事件循环上。
# zh: Starlette 和 FastAPI 都建立在它之上。这里用的是 asyncio 后端。
import time

import anyio
import sniffio


async def fetch(name: str, seconds: float, results: dict[str, str]) -> None:
    await anyio.sleep(seconds)  # en: stands in for network I/O | zh: 模拟网络 I/O
    results[name] = f"{name} done"


async def main() -> None:
    print("event loop library:", sniffio.current_async_library())
    results: dict[str, str] = {}
    start = time.perf_counter()
    async with anyio.create_task_group() as tg:  # en: structured concurrency, like TaskGroup | zh: 结构化并发，相当于 TaskGroup
        for name, seconds in (("a", 0.2), ("b", 0.3), ("c", 0.1)):
            tg.start_soon(fetch, name, seconds, results)
    print(sorted(results.values()))
    # en: about the longest wait, far below the 0.6 s sum
    # zh: 约等于最长的那次等待，远小于三者之和 0.6 秒
    elapsed = time.perf_counter() - start
    if 0.3 <= elapsed < 0.5:
        print("elapsed: at least 0.3s but under 0.5s (the waits overlapped; in a row they take 0.6s)")
    else:
        print(f"elapsed: {elapsed:.2f}s, outside 0.3-0.5s")

    # en: A deadline that cancels the work inside it, like asyncio.timeout().
    # zh: 截止时间一到，就取消其中的工作，作用同 asyncio.timeout()。
    with anyio.move_on_after(0.2) as scope:
        await anyio.sleep(1)
    print("timed out:", scope.cancel_called)


anyio.run(main, backend="asyncio")
