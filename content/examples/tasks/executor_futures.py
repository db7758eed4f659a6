# requires: python>=3.11
# browser: no (uses threads)
import asyncio
import concurrent.futures
import time


def blocking_checksum(data):
    time.sleep(0.2)  # a blocking call we cannot rewrite
    return sum(data) % 251


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        # run_in_executor returns an asyncio Future right away.
        fut = loop.run_in_executor(pool, blocking_checksum, range(1000))
        print("run_in_executor gives:", type(fut).__name__)
        print("checksum:", await fut)

        # Code that only has a concurrent.futures.Future (e.g. from a
        # library's thread pool) can wrap it to make it awaitable.
        cf_future = pool.submit(blocking_checksum, range(2000))
        print("pool.submit gives:", type(cf_future).__module__ + "." + type(cf_future).__name__)
        print("wrapped checksum:", await asyncio.wrap_future(cf_future))

        # Usually asyncio.to_thread is the simplest choice (default pool).
        print("to_thread checksum:", await asyncio.to_thread(blocking_checksum, range(3000)))


asyncio.run(main())
