# requires: python>=3.13
# en: Queue.shutdown() (3.13+) ends consumers without sentinels or cancel().
# zh: Queue.shutdown()（Python 3.13 起）不用哨兵值，也不用 cancel()，就能让消费者结束。
import asyncio


async def consumer(name: str, queue: asyncio.Queue, done: list) -> None:
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:  # en: raised once the queue is shut down and empty | zh: 队列已关闭且已取空时抛出
            return
        await asyncio.sleep(0.05)
        done.append(item)
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    done: list[int] = []
    async with asyncio.TaskGroup() as tg:
        for i in range(2):
            tg.create_task(consumer(f"c{i}", queue, done))
        for item in range(6):
            await queue.put(item)
        queue.shutdown()  # en: no more puts; consumers still drain what is queued | zh: 不能再 put；消费者仍会取完队列里剩下的元素
        try:
            await queue.put(99)
        except asyncio.QueueShutDown:
            print("put after shutdown: QueueShutDown")
    print("processed:", sorted(done))

    # en: immediate=True throws the remaining items away.
    # zh: immediate=True 会直接丢弃剩下的元素。
    q2: asyncio.Queue[int] = asyncio.Queue()
    for item in range(3):
        q2.put_nowait(item)
    q2.shutdown(immediate=True)
    print("left after immediate shutdown:", q2.qsize())
    try:
        q2.get_nowait()
    except asyncio.QueueShutDown:
        print("get after immediate shutdown: QueueShutDown")


asyncio.run(main())
