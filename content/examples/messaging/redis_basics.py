# requires: python>=3.11
# packages: redis
# services: redis
# redis.asyncio: a capped pool with timeouts, commands, a pipeline, expiry, and closing the client.
import asyncio
import os

import redis.asyncio as redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry


async def main() -> None:
    # One client for the whole program: it owns a connection pool.
    r = redis.from_url(
        os.environ["REDIS_URL"],
        decode_responses=True,
        max_connections=10,  # a cap: the default pool has none (more at once raises ConnectionError)
        socket_connect_timeout=2,  # seconds to open a connection
        socket_timeout=2,  # seconds to wait for a reply; the default None waits forever
        health_check_interval=30,  # PING a connection that sat idle longer than this before reusing it
        retry=Retry(ExponentialBackoff(cap=1, base=0.1), retries=3),  # transient connection errors
    )
    try:
        await r.set("greeting", "hello")
        print("get:", await r.get("greeting"))

        await r.set("session:42", "alice", ex=60)  # expires after 60 s
        print("ttl > 0:", await r.ttl("session:42") > 0)

        # A few commands on one key from several tasks: INCR is atomic on the server.
        # Each command running at the same time holds its own connection, so keep gather small.
        await asyncio.gather(*(r.incr("hits") for _ in range(5)))
        print("hits:", await r.get("hits"))

        # Many commands: a pipeline sends them in one round trip on one connection.
        async with r.pipeline(transaction=False) as pipe:
            for _ in range(95):
                pipe.incr("hits")
            await pipe.execute()
        print("hits after a pipeline of 95:", await r.get("hits"))

        # transaction=True (the default) wraps the commands in MULTI/EXEC: they run atomically.
        async with r.pipeline(transaction=True) as pipe:
            pipe.rpush("queue", "a", "b", "c")
            pipe.lrange("queue", 0, -1)
            pipe.delete("queue")
            print("pipeline:", await pipe.execute())

        await r.delete("greeting", "session:42", "hits")
    finally:
        await r.aclose()  # closes the pool's connections (redis-py 5.0.1+)


asyncio.run(main())
