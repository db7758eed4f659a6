# requires: python>=3.11
# An in-process background job runner: a bounded queue, a fixed number of
# workers in a TaskGroup, failures that do not kill the runner, and a graceful
# shutdown that drains the queue for a grace period, then cancels what is left.
import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

Job = Callable[[], Awaitable[None]]


async def worker(queue: asyncio.Queue[Job]) -> None:
    while True:
        job = await queue.get()
        try:
            await job()
        except Exception as e:  # one failing job must not stop the worker
            print(f"job failed: {type(e).__name__}: {e}")
        finally:
            queue.task_done()


@asynccontextmanager
async def job_runner(workers: int, max_pending: int, grace: float) -> AsyncIterator[asyncio.Queue[Job]]:
    queue: asyncio.Queue[Job] = asyncio.Queue(maxsize=max_pending)  # full queue = back-pressure
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(queue)) for _ in range(workers)]
        try:
            yield queue
            try:
                async with asyncio.timeout(grace):
                    await queue.join()  # let queued jobs finish...
                print("shutdown: queue drained")
            except TimeoutError:
                print("shutdown: grace period over, cancelling")
        finally:
            for task in tasks:  # ...then stop the workers
                task.cancel()


def make_job(name: str, seconds: float, fail: bool = False) -> Job:
    async def job() -> None:
        try:
            await asyncio.sleep(seconds)
            if fail:
                raise ValueError(f"{name} could not be processed")
            print(f"done: {name}")
        except asyncio.CancelledError:
            print(f"cancelled: {name} (cleaning up)")
            raise  # never swallow cancellation

    return job


async def main() -> None:
    async with job_runner(workers=2, max_pending=10, grace=1.0) as jobs:
        await jobs.put(make_job("thumbnail", 0.1))
        await jobs.put(make_job("invoice", 0.2, fail=True))
        await jobs.put(make_job("report", 0.3))
    print("--- one job too slow for the grace period ---")
    async with job_runner(workers=2, max_pending=10, grace=0.5) as jobs:
        await jobs.put(make_job("quick", 0.1))
        await jobs.put(make_job("reindex", 5.0))


asyncio.run(main())
