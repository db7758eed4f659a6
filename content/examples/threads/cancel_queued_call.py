# requires: python>=3.11
# browser: no (uses threads)
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def work(name):
    print(f"{name}: started in the pool")
    time.sleep(0.3)
    print(f"{name}: finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    # en: one worker: the second call waits in the queue
    # zh: 只有一个 worker：第二个调用在队列里等着
    with ThreadPoolExecutor(max_workers=1) as pool:
        first = loop.run_in_executor(pool, work, "first")
        second = loop.run_in_executor(pool, work, "second")
        await asyncio.sleep(0.1)  # en: "first" is running, "second" is still queued | zh: “first”正在运行，“second”还在排队

        first.cancel()
        second.cancel()
        await asyncio.sleep(0.5)
    print("asyncio futures cancelled:", first.cancelled(), second.cancelled())


asyncio.run(main())
