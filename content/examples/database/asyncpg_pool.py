# requires: python>=3.11
# packages: asyncpg
# services: postgres
# en: asyncpg: a bounded pool with timeouts, a transaction and a prepared statement.
# zh: asyncpg：带超时的有界连接池、一个事务和一条预处理语句。
import asyncio
import os

import asyncpg


async def main() -> None:
    dsn = os.environ["DATABASE_URL"]
    # en: One pool for the whole program; each query borrows a connection. Set both sizes (the defaults
    # en: are 10 and 10): workers x max_size must stay well below PostgreSQL's max_connections.
    # zh: 整个程序只用一个连接池，每次查询从中借用一个连接。min_size 和 max_size 都要显式设置（默认都是 10）：
    # zh: worker 数 × max_size 必须远低于 PostgreSQL 的 max_connections。
    async with asyncpg.create_pool(
        dsn,
        min_size=1,
        max_size=4,
        # en: seconds per query; one call can override it with timeout=
        # zh: 每条查询的超时（秒）；单次调用可以用 timeout= 覆盖
        command_timeout=5,
        # en: Behind PgBouncer in transaction mode add statement_cache_size=0: the next transaction may run
        # en: on another server connection, where the cached prepared statement does not exist. PgBouncer
        # en: 1.21+ with max_prepared_statements set tracks prepared statements and needs no such change.
        # zh: 如果前面是事务模式的 PgBouncer，要加上 statement_cache_size=0：下一个事务可能跑在另一个服务端连接上，
        # zh: 那里并没有缓存过的预处理语句。PgBouncer 1.21 起，只要设置了 max_prepared_statements，
        # zh: 它就会自己跟踪预处理语句，不必做这项修改。
    ) as pool:
        await pool.execute(
            "CREATE TABLE accounts (name text PRIMARY KEY, balance int NOT NULL)"
        )
        await pool.executemany(
            "INSERT INTO accounts VALUES ($1, $2)", [("alice", 100), ("bob", 20)]
        )

        # en: A transaction needs one connection for all its statements. timeout=2: when every
        # en: connection is busy, fail after 2 s (TimeoutError) instead of waiting without limit.
        # zh: 一个事务的所有语句必须用同一个连接。timeout=2：如果所有连接都在忙，
        # zh: 2 秒后就失败（抛出 TimeoutError），而不是无限期地等下去。
        async with pool.acquire(timeout=2) as conn:
            async with conn.transaction():
                await conn.execute(
                    "UPDATE accounts SET balance = balance - $1 WHERE name = $2", 30, "alice"
                )
                await conn.execute(
                    "UPDATE accounts SET balance = balance + $1 WHERE name = $2", 30, "bob"
                )

        # en: A failing transaction is rolled back when the block raises.
        # zh: 代码块抛出异常时，失败的事务会回滚。
        try:
            async with pool.acquire(timeout=2) as conn:
                async with conn.transaction():
                    await conn.execute("UPDATE accounts SET balance = 0")
                    raise ValueError("business rule violated")
        except ValueError as e:
            print("rolled back:", e)

        # en: A prepared statement is parsed once and reused on its connection.
        # zh: 预处理语句只解析一次，之后在同一个连接上重复使用。
        async with pool.acquire(timeout=2) as conn:
            stmt = await conn.prepare("SELECT balance FROM accounts WHERE name = $1")
            for name in ("alice", "bob"):
                print(name, await stmt.fetchval(name))

        await pool.execute("DROP TABLE accounts")


asyncio.run(main())
