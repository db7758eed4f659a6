# requires: python>=3.11
# browser: no (uses threads)
# en: Wrapping a blocking client: a dedicated, bounded thread pool and honest timeouts.
# zh: 包装阻塞客户端：用专用的有界线程池，超时后也不假装调用已经停止。
import asyncio
import concurrent.futures
import time


class BlockingClient:
    """en: Stands in for a sync-only library (an old SDK, a DB driver...).
    zh: 模拟只提供同步接口的库（老版 SDK、数据库驱动等）。"""

    def __init__(self) -> None:
        self.finished: list[str] = []

    def fetch(self, key: str, delay: float = 0.2) -> str:
        time.sleep(delay)
        self.finished.append(key)
        return key.upper()


class AsyncClient:
    def __init__(self, client: BlockingClient, max_workers: int = 2) -> None:
        self._client = client
        # en: A pool of its own: at most max_workers calls at once, and it cannot
        # en: starve the loop's default executor used by other code.
        # zh: 单独用一个线程池：同时最多 max_workers 个调用，
        # zh: 也不会占满其他代码共用的事件循环默认执行器。
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=max_workers)

    async def fetch(self, key: str, delay: float = 0.2) -> str:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._client.fetch, key, delay)

    def close(self) -> None:
        self._pool.shutdown(wait=True)


async def main() -> None:
    sync_client = BlockingClient()
    client = AsyncClient(sync_client, max_workers=2)

    start = time.perf_counter()
    print(await asyncio.gather(*(client.fetch(k) for k in ["a", "b", "c", "d"])))
    elapsed = time.perf_counter() - start
    # en: Two rounds of 0.2 s: more than one round (4 threads would need), fewer than four (1 thread would).
    # zh: 两轮，每轮 0.2 秒：多于一轮（4 个线程一轮就够），少于四轮（1 个线程要四轮）。
    took = "two rounds: at least 0.4s, under 0.75s" if 0.39 <= elapsed < 0.75 else f"{elapsed:.2f}s"
    print(f"4 calls, 2 threads: {took}")

    try:
        async with asyncio.timeout(0.1):
            await client.fetch("slow", delay=0.5)
    except TimeoutError:
        print("timed out after 0.1s; finished yet?", "slow" in sync_client.finished)

    # en: A thread cannot be cancelled: the call keeps running until it returns.
    # zh: 线程无法取消：调用会一直运行到返回为止。
    await asyncio.to_thread(client.close)
    print("after close(), finished?", "slow" in sync_client.finished)


asyncio.run(main())
