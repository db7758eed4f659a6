# requires: python>=3.13
# en: Graceful shutdown of a worker pool with Queue.shutdown() (3.13+):
# en: on "stop", refuse new jobs, let workers drain the queue until a deadline,
# en: then drop what is left and cancel the jobs still running.
# zh: 用 Queue.shutdown()（Python 3.13 起）优雅关闭一组 worker：
# zh: 收到“停止”后不再接受新的工作项，让 worker 在截止时间前尽量处理完队列，
# zh: 到点后丢弃剩下的工作项，并取消正在处理的工作项。
import asyncio


async def producer(queue: asyncio.Queue) -> None:
    for job in range(20):
        try:
            await queue.put(job)  # en: waits while the queue is full (back-pressure) | zh: 队列满时在此等待（背压）
        except asyncio.QueueShutDown:
            print(f"  producer: queue shut down, job {job} not accepted")
            return


async def worker(queue: asyncio.Queue, done: list, interrupted: list) -> None:
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # en: shut down and empty: nothing left to do | zh: 队列已关闭且为空：没有工作可做了
            return
        try:
            await asyncio.sleep(0.2)  # en: the job itself | zh: 工作本身
            done.append(job)
        except asyncio.CancelledError:
            interrupted.append(job)  # en: a real service would hand it back to a durable queue | zh: 真实服务会把它交还给持久化队列
            raise  # en: never swallow cancellation | zh: 绝不能吞掉取消
        finally:
            queue.task_done()


async def run(drain_deadline: float) -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=4)
    done: list = []
    interrupted: list = []
    stop = asyncio.Event()
    # en: A real service would call loop.add_signal_handler(signal.SIGTERM, stop.set).
    # zh: 真实服务会调用 loop.add_signal_handler(signal.SIGTERM, stop.set)。
    asyncio.get_running_loop().call_later(0.5, stop.set)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        workers = [tg.create_task(worker(queue, done, interrupted)) for _ in range(2)]
        await stop.wait()
        print(f"  stop: {len(done)} done, {queue.qsize()} queued")
        # en: put() now raises QueueShutDown; get() still drains the queue
        # zh: 此后 put() 会抛出 QueueShutDown；get() 仍能取完队列
        queue.shutdown()
        try:
            async with asyncio.timeout(drain_deadline):
                await queue.join()
        except TimeoutError:
            dropped = queue.qsize()
            queue.shutdown(immediate=True)  # en: discard the queued jobs | zh: 丢弃排队中的工作项
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
