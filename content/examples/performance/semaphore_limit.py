# requires: python>=3.11
import asyncio
import time


def rounds(seconds):
    # en: Thresholds, not raw times: sleeps end late on a busy machine (more so in Pyodide), never early.
    # zh: 输出阈值而非原始耗时：机器繁忙时 sleep 只会晚结束（在 Pyodide 中更明显），绝不会提前。
    if seconds < 0.3:
        return "under 0.3s (one round)"
    if seconds >= 0.4:
        return "at least 0.4s (four rounds)"
    return f"{seconds:.2f}s"


class Server:
    """en: Stands in for an API or a database: counts concurrent requests.
    zh: 模拟一个 API 或数据库：统计并发请求数。"""

    def __init__(self):
        self.active = 0
        self.peak = 0

    async def handle(self, job):
        self.active += 1
        self.peak = max(self.peak, self.active)
        await asyncio.sleep(0.1)  # en: the work itself | zh: 实际的工作
        self.active -= 1
        return job * 2


async def unlimited(server, jobs):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(server.handle(j)) for j in jobs]
    return [t.result() for t in tasks]


async def limited(server, jobs, limit):
    sem = asyncio.Semaphore(limit)  # en: created inside the running loop | zh: 在运行中的事件循环里创建

    async def one(job):
        async with sem:  # en: at most `limit` jobs pass this line at a time | zh: 同一时刻最多有 limit 个任务通过这一行
            return await server.handle(job)

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(one(j)) for j in jobs]
    return [t.result() for t in tasks]


async def measure(name, run):
    server = Server()
    start = time.perf_counter()
    results = await run(server)
    elapsed = time.perf_counter() - start
    print(f"{name:13} peak concurrency {server.peak:2}, "
          f"elapsed {rounds(elapsed)}, sum {sum(results)}")


async def main():
    jobs = range(20)
    await measure("no limit", lambda s: unlimited(s, jobs))
    await measure("Semaphore(5)", lambda s: limited(s, jobs, limit=5))


asyncio.run(main())
