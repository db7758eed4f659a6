# requires: python>=3.11
# packages: redis
# services: redis
# en: Sync Redis with redis-py: a counter, a hash and a pipeline.
# zh: 用 redis-py 同步访问 Redis：一个计数器、一个哈希和一条流水线。
import os

import redis


def main() -> None:
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    try:
        for _ in range(3):
            r.incr("visits")
        r.hset("user:1", mapping={"name": "ada", "lang": "python"})
        with r.pipeline() as pipe:
            pipe.get("visits").hgetall("user:1")
            print(pipe.execute())
    finally:
        r.close()


main()
