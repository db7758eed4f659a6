# requires: python>=3.13
# Graceful shutdown of a worker pool with Queue.shutdown() (3.13+):
# on "stop", refuse new jobs, let workers drain the queue until a deadline,
# then drop what is left and cancel the jobs still running.
import asyncio


async def producer(queue: asyncio.Queue) -> None:
    for job in range(20):
        try:
            await queue.put(job)  # waits while the queue is full (back-pressure)
        except asyncio.QueueShutDown:
            print(f"  producer: queue shut down, job {job} not accepted")
            return


async def worker(queue: asyncio.Queue, done: list, interrupted: list) -> None:
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # shut down and empty: nothing left to do
            return
        try:
            await asyncio.sleep(0.2)  # the job itself
            done.append(job)
        except asyncio.CancelledError:
            interrupted.append(job)  # a real service would hand it back to a durable queue
            raise  # never swallow cancellation
        finally:
            queue.task_done()


async def run(drain_deadline: float) -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=4)
    done: list = []
    interrupted: list = []
    stop = asyncio.Event()
    # A real service would call loop.add_signal_handler(signal.SIGTERM, stop.set).
    asyncio.get_running_loop().call_later(0.5, stop.set)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        workers = [tg.create_task(worker(queue, done, interrupted)) for _ in range(2)]
        await stop.wait()
        print(f"  stop: {len(done)} done, {queue.qsize()} queued")
        queue.shutdown()  # put() now raises QueueShutDown; get() still drains the queue
        try:
            async with asyncio.timeout(drain_deadline):
                await queue.join()
        except TimeoutError:
            dropped = queue.qsize()
            queue.shutdown(immediate=True)  # discard the queued jobs
            for w in workers:
                w.cancel()
            print(f"  deadline hit: dropped {dropped} queued jobs")
    print(f"  result: done {sorted(done)}, interrupted {sorted(interrupted)}")


async def main() -> None:
    print("drain deadline 1.0s:")
    await run(1.0)
    print("drain deadline 0.2s:")
    await run(0.2)


asyncio.run(main())
