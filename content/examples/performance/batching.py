# requires: python>=3.11
import asyncio
import time

LATENCY = 0.05  # en: one network round trip to the database | zh: 到数据库的一次网络往返


class FakeDB:
    def __init__(self):
        self.round_trips = 0
        self.rows = []

    async def insert_one(self, row):
        self.round_trips += 1
        await asyncio.sleep(LATENCY)
        self.rows.append(row)

    async def insert_many(self, rows):
        self.round_trips += 1  # en: one statement, many rows | zh: 一条语句，写入多行
        await asyncio.sleep(LATENCY)
        self.rows.extend(rows)


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


async def one_by_one(db, rows):
    for row in rows:
        await db.insert_one(row)


async def batched(db, rows, size=10):
    for chunk in chunks(rows, size):
        await db.insert_many(chunk)


async def main():
    rows = [{"id": i} for i in range(20)]
    elapsed = {}
    for strategy in (one_by_one, batched):
        db = FakeDB()
        start = time.perf_counter()
        await strategy(db, rows)
        elapsed[strategy.__name__] = time.perf_counter() - start
        print(f"{strategy.__name__:10}: {len(db.rows)} rows, {db.round_trips:2} round trips")
    # en: raw timings vary with machine load, so print a comparison that does not
    # zh: 原始耗时随机器负载变化，所以打印一个不受负载影响的比较结果
    speedup = elapsed["one_by_one"] / elapsed["batched"]
    print("batched at least 5x faster:", "yes" if speedup >= 5 else "no")


asyncio.run(main())
