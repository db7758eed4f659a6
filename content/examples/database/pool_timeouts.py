# requires: python>=3.11
# en: A stand-in for a driver's pool (asyncpg, psycopg_pool): a fixed number of connections,
# en: a timeout on acquire, a timeout on each query, and rollback plus release on cancellation.
# zh: 模拟数据库驱动的连接池（asyncpg、psycopg_pool）：连接数固定，获取连接有超时，
# zh: 每条查询有超时，被取消时先回滚再归还连接。
import asyncio
from contextlib import asynccontextmanager


class FakeConnection:
    def __init__(self, name):
        self.name = name

    async def execute(self, seconds):
        await asyncio.sleep(seconds)  # en: the "query" | zh: 充当“查询”

    async def rollback(self):
        print(f"  {self.name}: rollback")


class Pool:
    def __init__(self, size):
        self._free = asyncio.Queue()
        for i in range(size):
            self._free.put_nowait(FakeConnection(f"conn{i}"))

    @asynccontextmanager
    async def transaction(self, acquire_timeout):
        # en: like pool.acquire(timeout=...)
        # zh: 相当于 pool.acquire(timeout=...)
        async with asyncio.timeout(acquire_timeout):
            conn = await self._free.get()
        try:
            yield conn
        except BaseException:  # en: an error, a query timeout or a cancellation | zh: 出错、查询超时或被取消
            await conn.rollback()
            raise
        finally:
            self._free.put_nowait(conn)  # en: always back into the pool | zh: 无论如何都归还给连接池

    def free(self):
        return self._free.qsize()


async def handle(pool, request, query_seconds):
    try:
        async with pool.transaction(acquire_timeout=0.2) as conn:
            async with asyncio.timeout(0.6):  # en: like command_timeout= | zh: 相当于 command_timeout=
                await conn.execute(query_seconds)
        return f"{request}: ok"
    except TimeoutError:
        return f"{request}: timed out"


async def main():
    pool = Pool(size=2)
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(handle(pool, "r1", 0.05)),
            # en: a slow query: cut off by the query timeout
            # zh: 慢查询：超过查询超时后中止
            tg.create_task(handle(pool, "r2", 1.0)),
            tg.create_task(handle(pool, "r3", 0.3)),  # en: waits for r1's connection | zh: 等待 r1 归还连接
            tg.create_task(handle(pool, "r4", 0.1)),  # en: no connection free within 0.2 s | zh: 0.2 秒内没有空闲连接
        ]
    for t in tasks:
        print(t.result())
    print("free connections:", pool.free())

    slow = asyncio.create_task(handle(pool, "r5", 1.0))
    await asyncio.sleep(0.05)
    slow.cancel()  # en: the client went away mid-transaction | zh: 事务进行到一半，客户端断开了
    try:
        await slow
    except asyncio.CancelledError:
        print("r5: cancelled")
    print("free connections:", pool.free())


asyncio.run(main())
