# requires: python>=3.11
# A lock protects a check-then-act sequence that contains an await.
import asyncio


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance
        self.lock = asyncio.Lock()

    async def withdraw_unsafe(self, amount: int) -> bool:
        if self.balance >= amount:       # check...
            await asyncio.sleep(0.1)     # ...other tasks run here...
            self.balance -= amount       # ...act on a stale check
            return True
        return False

    async def withdraw(self, amount: int) -> bool:
        async with self.lock:            # check and act as one step
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
