# requires: python>=3.11
# A Semaphore limits how many tasks run a section at the same time.
import asyncio
import time

active = 0
peak = 0


async def fetch(sem: asyncio.Semaphore, i: int) -> int:
    global active, peak
    async with sem:  # at most 3 inside at once
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.1)  # the "request"
        active -= 1
    return i


async def main() -> None:
    sem = asyncio.Semaphore(3)
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(sem, i)) for i in range(9)]
    print("results:", [t.result() for t in tasks])
    print("peak concurrency:", peak)
    elapsed = time.perf_counter() - start  # 9 jobs / 3 slots: three rounds of 0.1 s
    if 0.3 <= elapsed < 0.6:
        print("elapsed: at least 0.3s but under 0.6s (three rounds of three)")
    else:
        print(f"elapsed: {elapsed:.2f}s, outside 0.3-0.6s")

    # BoundedSemaphore catches a release() without a matching acquire().
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()  # one release too many
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
