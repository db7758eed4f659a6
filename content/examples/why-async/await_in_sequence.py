# requires: python>=3.11
# timeline: yes
"""en: async def alone is not concurrency: awaiting one by one is still sequential.
zh: 只写 async def 并不会带来并发：逐个 await 仍然是顺序执行。"""
import asyncio
import time

WAIT = 0.2


async def fetch(i: int) -> int:
    await asyncio.sleep(WAIT)  # en: simulated network wait | zh: 模拟网络等待
    return i


async def one_by_one() -> list[int]:
    return [await fetch(i) for i in range(3)]  # en: each await waits for the previous | zh: 每个 await 都要等上一个结束


async def concurrently() -> list[int]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i)) for i in range(3)]
    return [t.result() for t in tasks]


async def main() -> None:
    for variant in (one_by_one, concurrently):
        start = time.perf_counter()
        results = await variant()
        elapsed = time.perf_counter() - start
        # en: Thresholds, not raw times, so the output is the same on a busy machine.
        # zh: 输出用阈值而不是原始耗时，这样在繁忙的机器上结果也不变。
        if elapsed >= 3 * WAIT - 0.01:
            took = f"at least {3 * WAIT:.1f}s (3 x {WAIT}s in a row)"
        elif elapsed < 2 * WAIT:
            took = f"under {2 * WAIT:.1f}s (the waits overlapped)"
        else:
            took = f"{elapsed:.2f}s"
        print(f"{variant.__name__:<12} {results} in {took}")


asyncio.run(main())
