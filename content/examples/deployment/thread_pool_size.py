# requires: python>=3.11
# browser: no (uses threads)
# en: The default thread pool bounds how many blocking calls run at once; size it on purpose.
# zh: 默认线程池限制了同时运行的阻塞调用数量；要有意识地设定它的大小。
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking_call():
    time.sleep(0.1)  # en: a sync database driver, a sync SDK... | zh: 同步的数据库驱动、同步的 SDK……


async def run_batch(n):
    start = time.perf_counter()
    await asyncio.gather(*(asyncio.to_thread(blocking_call) for _ in range(n)))
    return time.perf_counter() - start


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=4, thread_name_prefix="blocking"))
    on_four = await run_batch(12)
    print("12 calls of 0.1 s on 4 threads need at least 3 rounds:", on_four >= 0.29)

    loop.set_default_executor(ThreadPoolExecutor(max_workers=12, thread_name_prefix="blocking"))
    on_twelve = await run_batch(12)
    print("on 12 threads they finish sooner:", on_twelve < on_four)

asyncio.run(main())
