# requires: python>=3.11
# en: Right: bound the concurrency with a Semaphore (or a fixed pool of workers).
# zh: 正确做法：用 Semaphore（或固定数量的 worker）限制并发数。
import asyncio
import time


class FakeService:
    """en: A backend that can serve at most 10 requests at the same time.
    zh: 后端服务：最多只能同时处理 10 个请求。"""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.in_flight = 0
        self.peak = 0

    async def get(self, i: int) -> str:
        if self.in_flight >= self.capacity:
            raise ConnectionError("503 Service Unavailable")
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(0.1)
            return f"item-{i}"
        finally:
            self.in_flight -= 1


async def main() -> None:
    service = FakeService(capacity=10)
    limit = asyncio.Semaphore(10)  # en: create it inside the running loop | zh: 在运行中的事件循环里创建

    async def limited_get(i: int) -> str:
        async with limit:  # en: at most 10 requests in flight | zh: 同时最多有 10 个请求在处理中
            return await service.get(i)

    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(limited_get(i)) for i in range(50)]
    results = [t.result() for t in tasks]
    print(f"peak concurrency: {service.peak}, fetched: {len(results)}")
    # en: 50 requests, 10 at a time, 0.1 s each: five rounds, so at least 0.5 s.
    # zh: 50 个请求，同时最多 10 个，每个 0.1 秒：共五轮，所以至少要 0.5 秒。
    print("took five rounds (at least 0.5 s):", time.perf_counter() - start >= 0.5)


asyncio.run(main())
