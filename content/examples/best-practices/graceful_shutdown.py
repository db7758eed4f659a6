# requires: python>=3.11
# browser: no (uses POSIX signals)
# en: Graceful shutdown: on SIGTERM stop taking work, finish queued jobs, then exit.
# zh: 优雅关闭：收到 SIGTERM 后不再接新任务，做完已排队的任务，然后退出。
import asyncio
import os
import signal


async def worker(name: str, jobs: asyncio.Queue) -> None:
    while True:
        job = await jobs.get()
        try:
            await asyncio.sleep(0.1)  # en: do the job | zh: 处理任务
            print(f"{name} finished {job}")
        finally:
            jobs.task_done()


async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)  # en: Unix only | zh: 仅限 Unix

    jobs: asyncio.Queue[str] = asyncio.Queue()
    for i in range(4):
        jobs.put_nowait(f"job-{i}")

    # en: Simulate "kill -TERM <pid>" from the process manager after 0.05 s.
    # zh: 模拟进程管理器在 0.05 秒后执行 `kill -TERM <pid>`。
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGTERM)

    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker(f"worker-{i}", jobs)) for i in range(2)]
        await stop.wait()
        print(f"SIGTERM: no new jobs; {jobs.qsize()} still queued")
        try:
            async with asyncio.timeout(5):  # en: do not wait forever | zh: 不要无限期等待
                await jobs.join()
        except TimeoutError:
            print("drain timed out; cancelling the rest")
        for w in workers:
            w.cancel()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.remove_signal_handler(sig)
    print("clean exit")


asyncio.run(main())
