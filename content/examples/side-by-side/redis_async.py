# requires: python>=3.11
# packages: redis
# services: redis
# en: Async Redis with redis.asyncio: same package, same commands, awaited.
# zh: 用 redis.asyncio 异步访问 Redis：同一个包，同样的命令，只是要 await。
import asyncio
import os

import redis.asyncio as redis


async def main() -> None:
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    try:
        await asyncio.gather(*(r.incr("visits") for _ in range(3)))
        await r.hset("user:1", mapping={"name": "ada", "lang": "python"})
        async with r.pipeline() as pipe:
            pipe.get("visits").hgetall("user:1")
            print(await pipe.execute())
    finally:
        await r.aclose()  # en: closes the pool's connections (redis-py 5.0.1+) | zh: 关闭连接池中的连接（redis-py 5.0.1 起）


asyncio.run(main())
