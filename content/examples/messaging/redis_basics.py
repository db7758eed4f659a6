# requires: python>=3.11
# packages: redis
# services: redis
# redis.asyncio: commands, a pipeline, expiry, and closing the client.
import asyncio
import os

import redis.asyncio as redis


async def main() -> None:
    # One client for the whole program: it owns a connection pool.
    r = redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    try:
        await r.set("greeting", "hello")
        print("get:", await r.get("greeting"))

        await r.set("session:42", "alice", ex=60)  # expires after 60 s
        print("ttl > 0:", await r.ttl("session:42") > 0)

        # Commands on one key from many tasks: INCR is atomic on the server.
        await asyncio.gather(*(r.incr("hits") for _ in range(100)))
        print("hits:", await r.get("hits"))

        # A pipeline sends several commands in one round trip (MULTI/EXEC by default).
        async with r.pipeline(transaction=True) as pipe:
            pipe.rpush("queue", "a", "b", "c")
            pipe.lrange("queue", 0, -1)
            pipe.delete("queue")
            print("pipeline:", await pipe.execute())
    finally:
        await r.aclose()  # closes the pool's connections (redis-py 5.0.1+)


asyncio.run(main())
