# requires: python>=3.11
# A bounded queue (maxsize) makes a fast producer wait for a slow consumer.
import asyncio

processed = 0  # a clock that counts the consumer's 0.2 s steps, so scheduling noise cannot change it


def log(msg: str) -> None:
    print(f"[{processed} processed]  {msg}")


async def producer(queue: asyncio.Queue) -> None:
    for i in range(5):
        if queue.full():
            log(f"producer: queue full, waiting to put {i}")
        await queue.put(i)  # suspends while the queue holds maxsize items
        log(f"producer: put {i} (size {queue.qsize()})")
    await queue.put(None)  # sentinel: no more items


async def consumer(queue: asyncio.Queue) -> None:
    global processed
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.2)  # slow processing
        processed += 1
        log(f"consumer: done {item}")


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))
    log("all done")


asyncio.run(main())
