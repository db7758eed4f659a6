# requires: python>=3.11
# browser: no (uses processes)
"""en: Send CPU-bound work to a process pool; the event loop stays responsive.
zh: 把 CPU 密集型工作交给进程池，事件循环依然保持响应。"""
import asyncio
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int) -> int:
    # en: Pure-Python computation: it holds the GIL, so it gets its own process.
    # zh: 纯 Python 计算会一直持有 GIL，所以要放到单独的进程里。
    return sum(
        1 for n in range(2, limit)
        if all(n % d for d in range(2, int(n ** 0.5) + 1))
    )


async def heartbeat(ticks: list[int]) -> None:
    while True:
        await asyncio.sleep(0.05)
        ticks.append(1)


async def main() -> None:
    ticks: list[int] = []
    beat = asyncio.create_task(heartbeat(ticks))
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, count_primes, limit)
                for limit in (100_000, 150_000)]
        results = await asyncio.gather(*jobs)
    beat.cancel()
    print(f"primes below 100000 and 150000: {results}")
    print(f"heartbeat kept ticking meanwhile: {len(ticks) > 0}")


# en: required: worker processes may re-import this module | zh: 必须这样写：worker 进程可能会重新导入本模块
if __name__ == "__main__":
    asyncio.run(main())
