# requires: python>=3.11
# packages: redis
# services: redis
# en: redis.asyncio pub/sub: a subscriber task, a publisher and a clean shutdown.
# zh: redis.asyncio 的发布/订阅：一个订阅者任务、一个发布者，以及正常关闭。
import asyncio
import os

import redis.asyncio as redis


async def subscriber(pubsub) -> list[str]:
    received = []
    async for message in pubsub.listen():
        if message["type"] != "message":
            continue  # en: subscribe confirmations and the like | zh: 订阅确认之类的消息
        if message["data"] == "stop":
            break
        received.append(message["data"])
    return received


async def main() -> None:
    r = redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    pubsub = r.pubsub()
    try:
        await pubsub.subscribe("news")
        # en: Wait for the server's confirmation so no message is published too early.
        # zh: 先等服务端确认订阅，免得消息发布得太早。
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
