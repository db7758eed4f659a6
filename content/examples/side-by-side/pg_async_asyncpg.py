# requires: python>=3.11
# packages: asyncpg
# services: postgres
# en: Async PostgreSQL with asyncpg: the same steps, awaited, with $n placeholders.
# en: (psycopg's AsyncConnection would look almost exactly like the sync version.)
# zh: 用 asyncpg 异步访问 PostgreSQL：步骤相同，每一步都要 await，占位符写成 $n。
# zh: （用 psycopg 的 AsyncConnection 写，几乎和同步版本一模一样。）
import asyncio
import os

import asyncpg


async def main() -> None:
    conn = await asyncpg.connect(os.environ["DATABASE_URL"])
    try:
        await conn.execute("CREATE TABLE books (title text, year int)")
        async with conn.transaction():
            await conn.executemany(
                "INSERT INTO books VALUES ($1, $2)",
                [("SICP", 1985), ("TAOCP", 1968), ("CLRS", 1990)],
            )
        rows = await conn.fetch("SELECT title, year FROM books WHERE year < $1 ORDER BY year", 1989)
        print([tuple(r) for r in rows])  # en: asyncpg returns Record objects | zh: asyncpg 返回 Record 对象
        await conn.execute("DROP TABLE books")
    finally:
        await conn.close()


asyncio.run(main())
