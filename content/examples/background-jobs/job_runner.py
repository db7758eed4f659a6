# requires: python>=3.11
# en: An in-process background job runner: a bounded queue, a fixed number of
# en: workers in a TaskGroup, failures that do not kill the runner, and a graceful
# en: shutdown that drains the queue for a grace period, then cancels what is left.
# zh: 进程内的后台任务执行器：有界队列，TaskGroup 中固定数量的 worker，
# zh: 单个任务失败不会拖垮执行器；优雅关闭时先给一段宽限期把队列处理完，再取消剩下的任务。
import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

Job = Callable[[], Awaitable[None]]


async def worker(queue: asyncio.Queue[Job]) -> None:
    while True:
        job = await queue.get()
        try:
            await job()
        except Exception as e:  # en: one failing job must not stop the worker | zh: 一个任务失败，不能让 worker 停下
            print(f"job failed: {type(e).__name__}: {e}")
        finally:
            queue.task_done()


@asynccontextmanager
async def job_runner(workers: int, max_pending: int, grace: float) -> AsyncIterator[asyncio.Queue[Job]]:
    queue: asyncio.Queue[Job] = asyncio.Queue(maxsize=max_pending)  # en: full queue = back-pressure | zh: 队列满了就形成背压
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(queue)) for _ in range(workers)]
        try:
            yield queue
            try:
                async with asyncio.timeout(grace):
                    await queue.join()  # en: let queued jobs finish... | zh: 先让排队的任务做完……
                print("shutdown: queue drained")
            except TimeoutError:
                print("shutdown: grace period over, cancelling")
        finally:
            for task in tasks:  # en: ...then stop the workers | zh: ……再停掉 worker
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
            raise  # en: never swallow cancellation | zh: 绝不能吞掉取消

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
