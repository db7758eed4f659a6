# requires: python>=3.11
# packages: redis
# services: redis
# redis.asyncio pub/sub: a subscriber task, a publisher and a clean shutdown.
import asyncio
import os

import redis.asyncio as redis


async def subscriber(pubsub) -> list[str]:
    received = []
    async for message in pubsub.listen():
        if message["type"] != "message":
            continue  # subscribe confirmations and the like
        if message["data"] == "stop":
            break
        received.append(message["data"])
    return received


async def main() -> None:
    r = redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    pubsub = r.pubsub()
    try:
        await pubsub.subscribe("news")
        # Wait for the server's confirmation so no message is published too early.
        confirm = await pubsub.get_message(timeout=1.0)
        print("subscribed:", confirm["type"], confirm["channel"])

        async with asyncio.TaskGroup() as tg:
            listener = tg.create_task(subscriber(pubsub))
            for text in ("first", "second", "third", "stop"):
                receivers = await r.publish("news", text)
                print(f"published {text!r} to {receivers} subscriber(s)")
        print("received:", listener.result())
    finally:
        await pubsub.aclose()
        await r.aclose()


asyncio.run(main())
