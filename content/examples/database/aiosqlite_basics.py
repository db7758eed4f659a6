# requires: python>=3.11
# packages: aiosqlite
# en: aiosqlite runs sqlite3 in a helper thread so the event loop keeps working.
# zh: aiosqlite 在一个辅助线程里运行 sqlite3，事件循环因此不受影响，照常工作。
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

        # en: A slow query (a recursive CTE) runs in aiosqlite's thread;
        # en: the ticker task keeps running meanwhile.
        # zh: 一条很慢的查询（递归 CTE）在 aiosqlite 的线程里执行；
        # zh: 与此同时，ticker 任务照常运行。
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
