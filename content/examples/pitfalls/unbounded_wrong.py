# requires: python>=3.11
# en: Wrong: starting one task per item with no limit on how many run at once.
# zh: 错误做法：每一项都启动一个任务，不限制同时运行的数量。
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
    start = time.perf_counter()
    results = await asyncio.gather(*(service.get(i) for i in range(50)),
                                   return_exceptions=True)
    failed = sum(isinstance(r, Exception) for r in results)
    print(f"sent at once: {len(results)}, accepted: {service.peak}, rejected: {failed}")
    # en: All 50 went out at once: one 0.1 s round, far below the 0.5 s of five rounds.
    # zh: 50 个请求同时发出：只用了一轮 0.1 秒，远低于五轮所需的 0.5 秒。
    print("took one round (under 0.3 s):", time.perf_counter() - start < 0.3)


asyncio.run(main())
