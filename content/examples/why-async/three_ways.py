# requires: python>=3.11
# browser: no (uses threads)
"""Six simulated I/O waits of 0.3 s each: sequential, threads, asyncio."""
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

N, WAIT = 6, 0.3


def fetch_sync(i: int) -> int:
    time.sleep(WAIT)  # stands in for a blocking network call
    return i


async def fetch_async(i: int) -> int:
    await asyncio.sleep(WAIT)  # stands in for a non-blocking network call
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
    # Thresholds, not raw times, so the output is the same on a busy machine.
    if elapsed >= N * WAIT - 0.01:
        verdict = f"at least {N * WAIT:.1f}s: the {N} waits ran one after another"
    elif elapsed < 3 * WAIT:
        verdict = f"under {3 * WAIT:.1f}s: the {N} waits overlapped"
    else:
        verdict = f"{elapsed:.2f}s: neither in a row nor overlapped"
    print(f"{name:<10} {len(results)} results, {verdict}")
