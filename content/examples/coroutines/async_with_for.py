# requires: python>=3.11
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.1)  # en: pretend to connect | zh: 假装在建立连接
    print(f"open {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0.1)  # en: pretend to close politely | zh: 假装在正常关闭连接
        print(f"close {name}")


async def rows(n):
    """en: An async generator: async def + yield.
    zh: 异步生成器：async def 加 yield。"""
    for i in range(n):
        await asyncio.sleep(0.05)  # en: pretend to fetch the next row | zh: 假装在获取下一行
        yield {"id": i}


async def main():
    async with connection("db") as conn:
        async for row in rows(3):
            print(conn, "row", row["id"])
        ids = [row["id"] async for row in rows(4)]  # en: async comprehension | zh: 异步推导式
        print("ids:", ids)


asyncio.run(main())
