# requires: python>=3.11
# packages: aio-pika
# services: rabbitmq
# aio-pika: publish persistent messages, consume them with acks and a prefetch limit.
import asyncio
import os

import aio_pika

URL = os.environ["AMQP_URL"]  # e.g. amqp://guest:guest@127.0.0.1:5672/
QUEUE = "emails"


async def publish(channel: aio_pika.abc.AbstractChannel, count: int) -> None:
    for i in range(count):
        message = aio_pika.Message(
            body=f"email {i}".encode(),
            delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
        )
        await channel.default_exchange.publish(message, routing_key=QUEUE)
    print(f"published {count} messages")


async def consume(channel: aio_pika.abc.AbstractChannel, count: int) -> None:
    await channel.set_qos(prefetch_count=10)  # at most 10 unacked messages in flight
    queue = await channel.declare_queue(QUEUE, durable=True)
    handled = 0
    async with queue.iterator() as messages:
        async for message in messages:
            # process(): ack on success, reject (nack) if the block raises.
            async with message.process():
                print("sending", message.body.decode())
                await asyncio.sleep(0.05)  # the real work
            handled += 1
            if handled == count:
                break  # leaving the iterator cancels the consumer


async def main() -> None:
    # connect_robust reconnects and restores queues and consumers after a network failure.
    connection = await aio_pika.connect_robust(URL)
    async with connection:  # closes channels and the connection on exit
        channel = await connection.channel()
        await channel.declare_queue(QUEUE, durable=True)
        await publish(channel, 5)
        await consume(channel, 5)


asyncio.run(main())
