# requires: python>=3.11
# packages: asyncpg
# services: postgres
# asyncpg: a bounded pool with timeouts, a transaction and a prepared statement.
import asyncio
import os

import asyncpg


async def main() -> None:
    dsn = os.environ["DATABASE_URL"]
    # One pool for the whole program; each query borrows a connection. Set both sizes (the defaults
    # are 10 and 10): workers x max_size must stay well below PostgreSQL's max_connections.
    async with asyncpg.create_pool(
        dsn,
        min_size=1,
        max_size=4,
        command_timeout=5,  # seconds per query; one call can override it with timeout=
        # Behind PgBouncer in transaction mode add statement_cache_size=0: the next transaction may run
        # on another server connection, where the cached prepared statement does not exist. PgBouncer
        # 1.21+ with max_prepared_statements set tracks prepared statements and needs no such change.
    ) as pool:
        await pool.execute(
            "CREATE TABLE accounts (name text PRIMARY KEY, balance int NOT NULL)"
        )
        await pool.executemany(
            "INSERT INTO accounts VALUES ($1, $2)", [("alice", 100), ("bob", 20)]
        )

        # A transaction needs one connection for all its statements. timeout=2: when every
        # connection is busy, fail after 2 s (TimeoutError) instead of waiting without limit.
        async with pool.acquire(timeout=2) as conn:
            async with conn.transaction():
                await conn.execute(
                    "UPDATE accounts SET balance = balance - $1 WHERE name = $2", 30, "alice"
                )
                await conn.execute(
                    "UPDATE accounts SET balance = balance + $1 WHERE name = $2", 30, "bob"
                )

        # A failing transaction is rolled back when the block raises.
        try:
            async with pool.acquire(timeout=2) as conn:
                async with conn.transaction():
                    await conn.execute("UPDATE accounts SET balance = 0")
                    raise ValueError("business rule violated")
        except ValueError as e:
            print("rolled back:", e)

        # A prepared statement is parsed once and reused on its connection.
        async with pool.acquire(timeout=2) as conn:
            stmt = await conn.prepare("SELECT balance FROM accounts WHERE name = $1")
            for name in ("alice", "bob"):
                print(name, await stmt.fetchval(name))

        await pool.execute("DROP TABLE accounts")


asyncio.run(main())
