# requires: python>=3.11
# browser: no (uses threads)
"""en: Six simulated I/O waits of 0.3 s each: sequential, threads, asyncio.
zh: 六次模拟的 I/O 等待，每次 0.3 秒：分别用顺序执行、线程和 asyncio。"""
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

N, WAIT = 6, 0.3


def fetch_sync(i: int) -> int:
    time.sleep(WAIT)  # en: stands in for a blocking network call | zh: 模拟一次阻塞的网络调用
    return i


async def fetch_async(i: int) -> int:
    await asyncio.sleep(WAIT)  # en: stands in for a non-blocking network call | zh: 模拟一次非阻塞的网络调用
    return i


def sequential() -> list[int]:
    return [fetch_sync(i) for i in range(N)]


def threaded() -> list[int]:
    with ThreadPoolExecutor(max_workers=N) as pool:
        return list(pool.map(fetch_sync, range(N)))


async def with_asyncio() -> list[int]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_async(i)) for i in range(N)]
    return [t.result() for t in tasks]


for name, run in [("sequential", sequential), ("threads", threaded),
                  ("asyncio", lambda: asyncio.run(with_asyncio()))]:
    start = time.perf_counter()
    results = run()
    elapsed = time.perf_counter() - start
    # en: Thresholds, not raw times, so the output is the same on a busy machine.
    # zh: 打印阈值而不是实际耗时，这样在繁忙的机器上输出也不变。
    if elapsed >= N * WAIT - 0.01:
        verdict = f"at least {N * WAIT:.1f}s: the {N} waits ran one after another"
    elif elapsed < 3 * WAIT:
        verdict = f"under {3 * WAIT:.1f}s: the {N} waits overlapped"
    else:
        verdict = f"{elapsed:.2f}s: neither in a row nor overlapped"
    print(f"{name:<10} {len(results)} results, {verdict}")
