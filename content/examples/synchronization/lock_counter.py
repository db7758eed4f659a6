# requires: python>=3.11
# A read-modify-write with an await in the middle races even on one thread.
import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount: int) -> None:
        current = self.balance
        await asyncio.sleep(0.01)  # e.g. an audit call; other tasks run here
        self.balance = current + amount

    async def deposit_safe(self, amount: int) -> None:
        async with self.lock:  # one task at a time in this section
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount


async def main() -> None:
    acc = Account()
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            tg.create_task(acc.deposit_unsafe(10))
    print("without lock:", acc.balance)  # lost updates

    acc = Account()
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            tg.create_task(acc.deposit_safe(10))
    print("with lock:   ", acc.balance)


asyncio.run(main())
