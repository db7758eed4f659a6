# requires: python>=3.11
# packages: aiosqlite
# aiosqlite runs sqlite3 in a helper thread so the event loop keeps working.
import asyncio
import time

import aiosqlite


async def ticker(stop: asyncio.Event) -> int:
    ticks = 0
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0.01)
    return ticks


async def main() -> None:
    async with aiosqlite.connect(":memory:") as db:
        await db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
        await db.executemany(
            "INSERT INTO items (name) VALUES (?)", [(f"item-{i}",) for i in range(5)]
        )
        await db.commit()

        async with db.execute("SELECT count(*) FROM items") as cur:
            (count,) = await cur.fetchone()
        print("rows:", count)

        # A slow query (a recursive CTE) runs in aiosqlite's thread;
        # the ticker task keeps running meanwhile.
        stop = asyncio.Event()
        tick_task = asyncio.create_task(ticker(stop))
        start = time.perf_counter()
        async with db.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000000)"
            " SELECT sum(x) FROM n"
        ) as cur:
            (total,) = await cur.fetchone()
        stop.set()
        ticks = await tick_task
        print("sum:", total)
        print("ticker kept running during the query:", ticks > 3)
        print("query took more than 0.05 s:", time.perf_counter() - start > 0.05)


asyncio.run(main())
