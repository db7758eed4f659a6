# requires: python>=3.11
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.1)  # pretend to connect
    print(f"open {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0.1)  # pretend to close politely
        print(f"close {name}")


async def rows(n):
    """An async generator: async def + yield."""
    for i in range(n):
        await asyncio.sleep(0.05)  # pretend to fetch the next row
        yield {"id": i}


async def main():
    async with connection("db") as conn:
        async for row in rows(3):
            print(conn, "row", row["id"])
        ids = [row["id"] async for row in rows(4)]  # async comprehension
        print("ids:", ids)


asyncio.run(main())
