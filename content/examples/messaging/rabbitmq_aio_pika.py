# requires: python>=3.11
# packages: aio-pika
# services: rabbitmq
# en: aio-pika: publish persistent messages, consume them with acks and a prefetch limit,
# en: and send a message that always fails (a poison message) to a dead-letter queue.
# zh: aio-pika：发布持久化消息，用确认（ack）和预取上限来消费，
# zh: 并把总是失败的消息（毒消息）送进死信队列。
import asyncio
import os

import aio_pika

URL = os.environ["AMQP_URL"]  # en: e.g. amqp://guest:guest@127.0.0.1:5672/ | zh: 例如 amqp://guest:guest@127.0.0.1:5672/
QUEUE = "emails"
DLX, DLQ = "dlx", "emails.dead"


async def declare(channel: aio_pika.abc.AbstractChannel):
    # en: The dead-letter exchange and its queue: where rejected messages go instead of vanishing.
    # zh: 死信交换机及其队列：被拒绝的消息会转到这里，而不是凭空消失。
    dlx = await channel.declare_exchange(DLX, aio_pika.ExchangeType.FANOUT, durable=True)
    dead = await channel.declare_queue(DLQ, durable=True)
    await dead.bind(dlx)
    # en: The work queue names the dead-letter exchange; every declaration must pass the same arguments.
    # zh: 工作队列指明死信交换机；每次声明这个队列都必须传入相同的参数。
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
                # en: process(): ack on success, reject if the block raises. requeue=False (the default)
                # en: sends a failed message to the dead-letter exchange; requeue=True would redeliver it,
                # en: and a message that always fails would then loop forever.
                # zh: process()：成功时确认，代码块抛出异常时拒绝。requeue=False（默认值）
                # zh: 会把失败的消息送到死信交换机；若设为 requeue=True，消息会重新入队，
                # zh: 总是失败的消息就会没完没了地重新投递。
                async with message.process(requeue=False):
                    body = message.body.decode()
                    if body == "poison":
                        raise ValueError("cannot parse")
                    print("sending", body)
                    await asyncio.sleep(0.05)  # en: the real work | zh: 实际的处理工作
            # en: process() rejects, then lets the exception through
            # zh: process() 先拒绝消息，再让异常继续传播
            except ValueError as e:
                print(f"rejected {message.body.decode()!r}: {e}")
            handled += 1
            if handled == count:
                break  # en: leaving the iterator cancels the consumer | zh: 跳出迭代器会取消这个消费者


async def main() -> None:
    # en: connect_robust reconnects and restores queues and consumers after a network failure.
    # zh: connect_robust 在网络故障后自动重连，并恢复队列和消费者。
    connection = await aio_pika.connect_robust(URL)
    async with connection:  # en: closes channels and the connection on exit | zh: 退出时关闭通道和连接
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=10)  # en: at most 10 unacked messages in flight | zh: 同时最多 10 条未确认的消息
        work, dead = await declare(channel)
        await publish(channel, ["email 0", "email 1", "poison", "email 2"])
        await consume(work, 4)

        # en: dead-lettering happens on the broker: wait for it
        # zh: 死信转发发生在 broker 上：要等它完成
        async with asyncio.timeout(5):
            async with dead.iterator() as messages:
                async for message in messages:
                    async with message.process():
                        reason = message.headers["x-death"][0]["reason"]
                        print(f"dead-letter queue received {message.body.decode()!r} (reason: {reason})")
                    break

        await work.delete()  # en: a demo cleans up; a real service keeps its queues | zh: 示例会清理现场；真实服务会保留它的队列
        await dead.delete()


asyncio.run(main())
