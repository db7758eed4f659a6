# requires: python>=3.11
# packages: redis
# services: redis
# en: redis.asyncio: a capped pool with timeouts, commands, a pipeline, expiry, and closing the client.
# zh: redis.asyncio：带上限和超时的连接池、命令、流水线、过期时间，以及关闭客户端。
import asyncio
import os

import redis.asyncio as redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry


async def main() -> None:
    # en: One client for the whole program: it owns a connection pool.
    # zh: 整个程序只用一个客户端：它持有一个连接池。
    r = redis.from_url(
        os.environ["REDIS_URL"],
        decode_responses=True,
        # en: our own cap (redis-py 8.0+ defaults to 100, earlier versions to 2**31: no real cap);
        # en: more connections at once raise ConnectionError
        # zh: 自己设定的上限（redis-py 8.0 起默认 100，之前默认 2**31，等于不设限）；
        # zh: 同时需要更多连接时抛出 ConnectionError
        max_connections=10,
        socket_connect_timeout=2,  # en: seconds to open a connection | zh: 建立连接的超时（秒）
        # en: seconds to wait for a reply; the default None waits forever
        # zh: 等待回复的超时（秒）；默认值 None 表示一直等下去
        socket_timeout=2,
        # en: PING a connection that sat idle longer than this before reusing it
        # zh: 连接空闲超过这么久，再次使用前先发一次 PING
        health_check_interval=30,
        retry=Retry(ExponentialBackoff(cap=1, base=0.1), retries=3),  # en: transient connection errors | zh: 应对暂时性的连接错误
    )
    try:
        await r.set("greeting", "hello")
        print("get:", await r.get("greeting"))

        await r.set("session:42", "alice", ex=60)  # en: expires after 60 s | zh: 60 秒后过期
        print("ttl > 0:", await r.ttl("session:42") > 0)

        # en: A few commands on one key from several tasks: INCR is atomic on the server.
        # en: Each command running at the same time holds its own connection, so keep gather small.
        # zh: 几个任务对同一个键各发一条命令：INCR 在服务端是原子操作。
        # zh: 同时执行的每条命令各占一个连接，所以 gather 的规模要小。
        await asyncio.gather(*(r.incr("hits") for _ in range(5)))
        print("hits:", await r.get("hits"))

        # en: Many commands: a pipeline sends them in one round trip on one connection.
        # zh: 大量命令：流水线在一个连接上一次往返就把它们全部发出。
        async with r.pipeline(transaction=False) as pipe:
            for _ in range(95):
                pipe.incr("hits")
            await pipe.execute()
        print("hits after a pipeline of 95:", await r.get("hits"))

        # en: transaction=True (the default) wraps the commands in MULTI/EXEC: they run atomically.
        # zh: transaction=True（默认值）用 MULTI/EXEC 包裹这些命令，让它们作为一个整体原子执行。
        async with r.pipeline(transaction=True) as pipe:
            pipe.rpush("queue", "a", "b", "c")
            pipe.lrange("queue", 0, -1)
            pipe.delete("queue")
            print("pipeline:", await pipe.execute())

        await r.delete("greeting", "session:42", "hits")
    finally:
        await r.aclose()  # en: closes the pool's connections (redis-py 5.0.1+) | zh: 关闭连接池中的连接（redis-py 5.0.1 起）


asyncio.run(main())
