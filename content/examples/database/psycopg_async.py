# requires: python>=3.11
# packages: psycopg
# services: postgres
# en: psycopg 3's native async API: AsyncConnection, cursors and transactions.
# zh: psycopg 3 原生的异步 API：AsyncConnection、游标和事务。
import asyncio
import os
import sys

import psycopg


async def main() -> None:
    dsn = os.environ["DATABASE_URL"]
    # en: autocommit=False (the default): statements run inside a transaction
    # en: that the connection context manager commits on success.
    # zh: autocommit=False（默认值）：语句在事务中执行，
    # zh: 连接的上下文管理器在正常退出时提交事务。
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        async with conn.cursor() as cur:
            await cur.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
            await cur.executemany(
                "INSERT INTO notes (body) VALUES (%s)", [("first",), ("second",)]
            )
        await conn.commit()

        # en: conn.transaction() is a block: commit on success, rollback on error.
        # zh: conn.transaction() 是一个代码块：成功则提交，出错则回滚。
        try:
            async with conn.transaction():
                await conn.execute("DELETE FROM notes")
                raise RuntimeError("changed my mind")
        except RuntimeError as e:
            print("rolled back:", e)

        cur = await conn.execute("SELECT id, body FROM notes ORDER BY id")
        async for row in cur:
            print(row)
        await conn.execute("DROP TABLE notes")


if sys.platform == "win32":
    # en: psycopg's async mode needs a selector loop; Windows defaults to Proactor.
    # en: asyncio.Runner accepts loop_factory since 3.11 (asyncio.run only since 3.12).
    # zh: psycopg 的异步模式需要 selector 事件循环，而 Windows 默认使用 Proactor。
    # zh: Python 3.11 起 asyncio.Runner 接受 loop_factory（asyncio.run 要到 3.12 起才支持）。
    with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
        runner.run(main())
else:
    asyncio.run(main())
