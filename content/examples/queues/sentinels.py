# requires: python>=3.11
# en: Stopping several consumers with sentinels: one "stop" marker per consumer.
# zh: 用哨兵值停止多个消费者：每个消费者对应一个“停止”标记。
import asyncio

STOP = object()  # en: a unique marker that can never be a real item | zh: 独一无二的标记，不会与真实数据混淆


async def producer(queue: asyncio.Queue, n_consumers: int) -> None:
    for url in ["/a", "/b", "/c", "/d", "/e"]:
        await queue.put(url)
    for _ in range(n_consumers):
        await queue.put(STOP)


async def consumer(name: str, queue: asyncio.Queue) -> int:
    handled = 0
    while True:
        item = await queue.get()
        if item is STOP:
            return handled
        await asyncio.sleep(0.05)
        handled += 1


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=10)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue, n_consumers=2))
        tasks = [tg.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    # en: The TaskGroup block ends on its own: every consumer saw its STOP.
    # zh: TaskGroup 代码块会自行结束：每个消费者都收到了自己的 STOP。
    print("handled per consumer:", [t.result() for t in tasks])
    print("total:", sum(t.result() for t in tasks))


asyncio.run(main())
