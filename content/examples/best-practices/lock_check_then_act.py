# requires: python>=3.11
# en: A lock protects a check-then-act sequence that contains an await.
# zh: 锁保护一段含有 await 的“先检查、后操作”序列。
import asyncio


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance
        self.lock = asyncio.Lock()

    async def withdraw_unsafe(self, amount: int) -> bool:
        if self.balance >= amount:       # en: check... | zh: 先检查……
            await asyncio.sleep(0.1)     # en: ...other tasks run here... | zh: ……其他任务在这里运行……
            self.balance -= amount       # en: ...act on a stale check | zh: ……再根据过时的检查结果操作
            return True
        return False

    async def withdraw(self, amount: int) -> bool:
        async with self.lock:            # en: check and act as one step | zh: 检查与操作合为一步
            if self.balance >= amount:
                await asyncio.sleep(0.1)
                self.balance -= amount
                return True
            return False


async def main() -> None:
    acct = Account(100)
    ok = await asyncio.gather(*(acct.withdraw_unsafe(60) for _ in range(3)))
    print("without lock:", ok, "balance", acct.balance)

    acct = Account(100)
    ok = await asyncio.gather(*(acct.withdraw(60) for _ in range(3)))
    print("with lock:   ", ok, "balance", acct.balance)


asyncio.run(main())
