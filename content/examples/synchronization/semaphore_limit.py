# requires: python>=3.11
# timeline: yes
# en: A Semaphore limits how many tasks run a section at the same time.
# zh: Semaphore 限制同一时刻有多少个任务执行某段代码。
import asyncio
import time

active = 0
peak = 0


async def fetch(sem: asyncio.Semaphore, i: int) -> int:
    global active, peak
    async with sem:  # en: at most 3 inside at once | zh: 同一时刻最多 3 个在里面
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.1)  # en: the "request" | zh: 模拟“请求”
        active -= 1
    return i


async def main() -> None:
    sem = asyncio.Semaphore(3)
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(sem, i)) for i in range(9)]
    print("results:", [t.result() for t in tasks])
    print("peak concurrency:", peak)
    # en: 9 jobs / 3 slots: three rounds of 0.1 s.
    # zh: 9 个任务、3 个名额：分三轮，每轮 0.1 秒。
    elapsed = time.perf_counter() - start
    if 0.3 <= elapsed < 0.6:
        print("elapsed: at least 0.3s but under 0.6s (three rounds of three)")
    else:
        print(f"elapsed: {elapsed:.2f}s, outside 0.3-0.6s")

    # en: BoundedSemaphore catches a release() without a matching acquire().
    # zh: BoundedSemaphore 能发现没有对应 acquire() 的多余 release()。
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()  # en: one release too many | zh: 多释放了一次
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
