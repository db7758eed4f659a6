# requires: python>=3.11
import asyncio
import time


def rounds(seconds):
    # Thresholds, not raw times: sleeps end late on a busy machine (more so in Pyodide), never early.
    if seconds < 0.3:
        return "under 0.3s (one round)"
    if seconds >= 0.4:
        return "at least 0.4s (four rounds)"
    return f"{seconds:.2f}s"


class Server:
    """Stands in for an API or a database: counts concurrent requests."""

    def __init__(self):
        self.active = 0
        self.peak = 0

    async def handle(self, job):
        self.active += 1
        self.peak = max(self.peak, self.active)
        await asyncio.sleep(0.1)  # the work itself
        self.active -= 1
        return job * 2


async def unlimited(server, jobs):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(server.handle(j)) for j in jobs]
    return [t.result() for t in tasks]


async def limited(server, jobs, limit):
    sem = asyncio.Semaphore(limit)  # created inside the running loop

    async def one(job):
        async with sem:  # at most `limit` jobs pass this line at a time
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
