# requires: python>=3.11
# browser: no (uses threads)
import asyncio
import concurrent.futures
import time


def blocking_checksum(data):
    time.sleep(0.2)  # en: a blocking call we cannot rewrite | zh: 无法改写的阻塞调用
    return sum(data) % 251


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        # en: run_in_executor returns an asyncio Future right away.
        # zh: run_in_executor 会立即返回一个 asyncio Future。
        fut = loop.run_in_executor(pool, blocking_checksum, range(1000))
        print("run_in_executor gives:", type(fut).__name__)
        print("checksum:", await fut)

        # en: Code that only has a concurrent.futures.Future (e.g. from a
        # en: library's thread pool) can wrap it to make it awaitable.
        # zh: 如果手里只有 concurrent.futures.Future（比如来自某个库的线程池），
        # zh: 可以把它包装成可等待对象。
        cf_future = pool.submit(blocking_checksum, range(2000))
        print("pool.submit gives:", type(cf_future).__module__ + "." + type(cf_future).__name__)
        print("wrapped checksum:", await asyncio.wrap_future(cf_future))

        # en: Usually asyncio.to_thread is the simplest choice (default pool).
        # zh: 通常最简单的是 asyncio.to_thread（使用默认线程池）。
        print("to_thread checksum:", await asyncio.to_thread(blocking_checksum, range(3000)))


asyncio.run(main())
