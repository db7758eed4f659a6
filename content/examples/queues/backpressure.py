# requires: python>=3.11
# timeline: yes (tasks: producer, consumer)
# en: A bounded queue (maxsize) makes a fast producer wait for a slow consumer.
# zh: 有界队列（maxsize）让快的生产者等待慢的消费者。
import asyncio

# en: A clock that counts the consumer's 0.2 s steps, so scheduling noise cannot change it.
# zh: 用消费者完成的 0.2 秒步数充当时钟，调度抖动就改变不了它。
processed = 0


def log(msg: str) -> None:
    print(f"[{processed} processed]  {msg}")


async def producer(queue: asyncio.Queue) -> None:
    for i in range(5):
        if queue.full():
            log(f"producer: queue full, waiting to put {i}")
        await queue.put(i)  # en: suspends while the queue holds maxsize items | zh: 队列里已有 maxsize 个元素时挂起
        log(f"producer: put {i} (size {queue.qsize()})")
    await queue.put(None)  # en: sentinel: no more items | zh: 哨兵值：不会再有新元素


async def consumer(queue: asyncio.Queue) -> None:
    global processed
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.2)  # en: slow processing | zh: 处理得很慢
        processed += 1
        log(f"consumer: done {item}")


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))
    log("all done")


asyncio.run(main())
