# requires: python>=3.11
import asyncio
import time


async def download(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)  # en: stands in for network I/O | zh: 模拟网络 I/O
    print(f"{name}: done")
    return f"{name} ({seconds}s)"


async def main():
    start = time.perf_counter()
    # en: Awaiting coroutines one after another: they run one after another.
    # zh: 依次 await 协程：它们也就依次运行。
    await download("a", 0.3)
    await download("b", 0.3)
    elapsed = time.perf_counter() - start
    print("sequential: at least 0.6s (0.3s + 0.3s)" if elapsed >= 0.59 else f"sequential: {elapsed:.2f}s")

    start = time.perf_counter()
    # en: create_task schedules each coroutine on the loop right away.
    # zh: create_task 会立即把每个协程安排到事件循环上运行。
    t1 = asyncio.create_task(download("c", 0.3), name="download-c")
    t2 = asyncio.create_task(download("d", 0.3), name="download-d")
    print("tasks created:", t1.get_name(), t2.get_name())
    print("results:", await t1, "|", await t2)
    elapsed = time.perf_counter() - start
    print("concurrent: under 0.5s (the two waits overlapped)" if elapsed < 0.5 else f"concurrent: {elapsed:.2f}s")


asyncio.run(main())
