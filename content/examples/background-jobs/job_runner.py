# requires: python>=3.11
# An in-process background job runner: a bounded queue, a fixed number of
# workers in a TaskGroup, failures that do not kill the runner, and a graceful
# shutdown that drains the queue for a grace period, then cancels what is left.
import asyncio
from collections.abc import Awaitable, Callable

Job = Callable[[], Awaitable[None]]


class JobRunner:
    def __init__(self, workers: int, max_pending: int, grace: float) -> None:
        self._queue: asyncio.Queue[Job] = asyncio.Queue(maxsize=max_pending)
        self._workers = workers
        self._grace = grace

    async def submit(self, job: Job) -> None:
        await self._queue.put(job)  # waits when the queue is full: back-pressure

    async def _worker(self) -> None:
        while True:
            job = await self._queue.get()
            try:
                await job()
            except Exception as e:  # one failing job must not stop the worker
                print(f"job failed: {type(e).__name__}: {e}")
            finally:
                self._queue.task_done()

    async def __aenter__(self) -> "JobRunner":
        self._group = asyncio.TaskGroup()
        await self._group.__aenter__()
        self._tasks = [self._group.create_task(self._worker()) for _ in range(self._workers)]
        return self

    async def __aexit__(self, *exc_info) -> None:
        try:
            async with asyncio.timeout(self._grace):
                await self._queue.join()  # let queued jobs finish...
            print("shutdown: queue drained")
        except TimeoutError:
            print("shutdown: grace period over, cancelling")
        for task in self._tasks:  # ...then stop the workers
            task.cancel()
        await self._group.__aexit__(*exc_info)


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
    async with JobRunner(workers=2, max_pending=10, grace=1.0) as runner:
        await runner.submit(make_job("thumbnail", 0.1))
        await runner.submit(make_job("invoice", 0.2, fail=True))
        await runner.submit(make_job("report", 0.3))
    print("--- second run, one job too slow for the grace period ---")
    async with JobRunner(workers=2, max_pending=10, grace=0.5) as runner:
        await runner.submit(make_job("quick", 0.1))
        await runner.submit(make_job("reindex", 5.0))


asyncio.run(main())
