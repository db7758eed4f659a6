# requires: python>=3.11
# A stand-in for a driver's pool (asyncpg, psycopg_pool): a fixed number of connections,
# a timeout on acquire, a timeout on each query, and rollback plus release on cancellation.
import asyncio
from contextlib import asynccontextmanager


class FakeConnection:
    def __init__(self, name):
        self.name = name

    async def execute(self, seconds):
        await asyncio.sleep(seconds)  # the "query"

    async def rollback(self):
        print(f"  {self.name}: rollback")


class Pool:
    def __init__(self, size):
        self._free = asyncio.Queue()
        for i in range(size):
            self._free.put_nowait(FakeConnection(f"conn{i}"))

    @asynccontextmanager
    async def transaction(self, acquire_timeout):
        async with asyncio.timeout(acquire_timeout):  # like pool.acquire(timeout=...)
            conn = await self._free.get()
        try:
            yield conn
        except BaseException:  # an error, a query timeout or a cancellation
            await conn.rollback()
            raise
        finally:
            self._free.put_nowait(conn)  # always back into the pool

    def free(self):
        return self._free.qsize()


async def handle(pool, request, query_seconds):
    try:
        async with pool.transaction(acquire_timeout=0.2) as conn:
            async with asyncio.timeout(0.6):  # like command_timeout=
                await conn.execute(query_seconds)
        return f"{request}: ok"
    except TimeoutError:
        return f"{request}: timed out"


async def main():
    pool = Pool(size=2)
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(handle(pool, "r1", 0.05)),
            tg.create_task(handle(pool, "r2", 1.0)),  # a slow query: cut off by the query timeout
            tg.create_task(handle(pool, "r3", 0.3)),  # waits for r1's connection
            tg.create_task(handle(pool, "r4", 0.1)),  # no connection free within 0.2 s
        ]
    for t in tasks:
        print(t.result())
    print("free connections:", pool.free())

    slow = asyncio.create_task(handle(pool, "r5", 1.0))
    await asyncio.sleep(0.05)
    slow.cancel()  # the client went away mid-transaction
    try:
        await slow
    except asyncio.CancelledError:
        print("r5: cancelled")
    print("free connections:", pool.free())


asyncio.run(main())
