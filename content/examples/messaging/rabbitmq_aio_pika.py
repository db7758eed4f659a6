# requires: python>=3.11
# packages: aio-pika
# services: rabbitmq
# aio-pika: publish persistent messages, consume them with acks and a prefetch limit,
# and send a message that always fails (a poison message) to a dead-letter queue.
import asyncio
import os

import aio_pika

URL = os.environ["AMQP_URL"]  # e.g. amqp://guest:guest@127.0.0.1:5672/
QUEUE = "emails"
DLX, DLQ = "dlx", "emails.dead"


async def declare(channel: aio_pika.abc.AbstractChannel):
    # The dead-letter exchange and its queue: where rejected messages go instead of vanishing.
    dlx = await channel.declare_exchange(DLX, aio_pika.ExchangeType.FANOUT, durable=True)
    dead = await channel.declare_queue(DLQ, durable=True)
    await dead.bind(dlx)
    # The work queue names the dead-letter exchange; every declaration must pass the same arguments.
    work = await channel.declare_queue(QUEUE, durable=True, arguments={"x-dead-letter-exchange": DLX})
    return work, dead


async def publish(channel: aio_pika.abc.AbstractChannel, bodies: list[str]) -> None:
    for body in bodies:
        message = aio_pika.Message(body=body.encode(), delivery_mode=aio_pika.DeliveryMode.PERSISTENT)
        await channel.default_exchange.publish(message, routing_key=QUEUE)
    print(f"published {len(bodies)} messages")


async def consume(queue: aio_pika.abc.AbstractQueue, count: int) -> None:
    handled = 0
    async with queue.iterator() as messages:
        async for message in messages:
            try:
                # process(): ack on success, reject if the block raises. requeue=False (the default)
                # sends a failed message to the dead-letter exchange; requeue=True would redeliver it,
                # and a message that always fails would then loop forever.
                async with message.process(requeue=False):
                    body = message.body.decode()
                    if body == "poison":
                        raise ValueError("cannot parse")
                    print("sending", body)
                    await asyncio.sleep(0.05)  # the real work
            except ValueError as e:  # process() rejects, then lets the exception through
                print(f"rejected {message.body.decode()!r}: {e}")
            handled += 1
            if handled == count:
                break  # leaving the iterator cancels the consumer


async def main() -> None:
    # connect_robust reconnects and restores queues and consumers after a network failure.
    connection = await aio_pika.connect_robust(URL)
    async with connection:  # closes channels and the connection on exit
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=10)  # at most 10 unacked messages in flight
        work, dead = await declare(channel)
        await publish(channel, ["email 0", "email 1", "poison", "email 2"])
        await consume(work, 4)

        async with asyncio.timeout(5):  # dead-lettering happens on the broker: wait for it
            async with dead.iterator() as messages:
                async for message in messages:
                    async with message.process():
                        reason = message.headers["x-death"][0]["reason"]
                        print(f"dead-letter queue received {message.body.decode()!r} (reason: {reason})")
                    break

        await work.delete()  # a demo cleans up; a real service keeps its queues
        await dead.delete()


asyncio.run(main())
