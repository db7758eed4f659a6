# requires: python>=3.11
# en: A read-modify-write with an await in the middle races even on one thread.
# zh: “读取-修改-写回”中间夹着 await，即使只有一个线程也会出现竞态。
import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount: int) -> None:
        current = self.balance
        await asyncio.sleep(0.01)  # en: e.g. an audit call; other tasks run here | zh: 比如一次审计调用；其他任务会在这里运行
        self.balance = current + amount

    async def deposit_safe(self, amount: int) -> None:
        async with self.lock:  # en: one task at a time in this section | zh: 这段代码同一时刻只有一个任务在执行
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount


async def main() -> None:
    acc = Account()
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            tg.create_task(acc.deposit_unsafe(10))
    print("without lock:", acc.balance)  # en: lost updates | zh: 有更新丢失了

    acc = Account()
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            tg.create_task(acc.deposit_safe(10))
    print("with lock:   ", acc.balance)


asyncio.run(main())
