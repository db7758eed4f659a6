# requires: python>=3.11
# packages: psycopg
# services: postgres
# psycopg 3's native async API: AsyncConnection, cursors and transactions.
import asyncio
import os
import sys

import psycopg


async def main() -> None:
    dsn = os.environ["DATABASE_URL"]
    # autocommit=False (the default): statements run inside a transaction
    # that the connection context manager commits on success.
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        async with conn.cursor() as cur:
            await cur.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
            await cur.executemany(
                "INSERT INTO notes (body) VALUES (%s)", [("first",), ("second",)]
            )
        await conn.commit()

        # conn.transaction() is a block: commit on success, rollback on error.
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
    # psycopg's async mode needs a selector loop; Windows defaults to Proactor.
    # asyncio.Runner accepts loop_factory since 3.11 (asyncio.run only since 3.12).
    with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
        runner.run(main())
else:
    asyncio.run(main())
