# requires: python>=3.11
# Producer/consumer that terminates: wait with queue.join(), then cancel the workers.
import asyncio
import time


async def worker(name: str, queue: asyncio.Queue, done: list) -> None:
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(job * 0.1)  # simulate I/O that takes job * 0.1 s
            done.append(name)
        finally:
            queue.task_done()  # exactly once per get(), even if the job fails


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    done: list[str] = []
    start = time.perf_counter()

    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(3)]
    for job in [3, 1, 2, 1, 2, 3]:
        queue.put_nowait(job)

    await queue.join()  # returns when every item got its task_done()
    for w in workers:
        w.cancel()  # workers sit in queue.get() forever otherwise
    outcomes = await asyncio.gather(*workers, return_exceptions=True)

    print("jobs done:", len(done))
    print("worker outcomes:", [type(o).__name__ for o in outcomes])
    elapsed = time.perf_counter() - start
    print(f"finished in under 0.8s (one worker would need 1.2s): {elapsed < 0.8}")


asyncio.run(main())
