# requires: python>=3.11
# packages: asyncpg
# services: postgres
# en: One connection runs one query at a time; a pool runs them side by side.
# zh: 一个连接同一时间只能执行一条查询；连接池则可以让多条查询同时进行。
import asyncio
import os
import time

import asyncpg

QUERY = "SELECT $1::int FROM pg_sleep(0.3)"  # en: takes 0.3 s | zh: 耗时 0.3 秒


async def main() -> None:
    dsn = os.environ["DATABASE_URL"]

    conn = await asyncpg.connect(dsn)
    try:
        # en: Three queries at once on the same connection: asyncpg refuses.
        # zh: 在同一个连接上同时发出三条查询：asyncpg 会拒绝。
        results = await asyncio.gather(
            *(conn.fetchval(QUERY, i) for i in range(3)), return_exceptions=True
        )
        for r in results:
            print("one connection:", f"{type(r).__name__}: {r}" if isinstance(r, Exception) else r)
    finally:
        await conn.close()

    async with asyncpg.create_pool(dsn, min_size=3, max_size=3) as pool:
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(pool.fetchrow(QUERY, i)) for i in range(3)]
        elapsed = time.perf_counter() - start
        print("pool results:", [t.result()[0] for t in tasks])
        print("pool of 3, three 0.3 s queries finished within 0.6 s:", elapsed < 0.6)

        async with asyncpg.create_pool(dsn, min_size=1, max_size=1) as small:
            start = time.perf_counter()
            async with asyncio.TaskGroup() as tg:
                for i in range(3):
                    tg.create_task(small.fetchrow(QUERY, i))
        elapsed = time.perf_counter() - start
        print("pool of 1, queries waited in line (at least 0.85 s):", elapsed >= 0.85)


asyncio.run(main())
