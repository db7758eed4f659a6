# requires: python>=3.11
# A deterministic test for a race: the code under test awaits a hook between "check" and "act";
# the test replaces the hook with one that holds the first task there until the second has checked.
import asyncio


class Account:
    def __init__(self, balance, checkpoint, use_lock):
        self.balance = balance
        self.checkpoint = checkpoint  # production: an async no-op; tests: a gate
        self.lock = asyncio.Lock() if use_lock else None

    async def withdraw(self, amount):
        if self.lock:
            async with self.lock:
                return await self._withdraw(amount)
        return await self._withdraw(amount)

    async def _withdraw(self, amount):
        if self.balance < amount:  # check
            return False
        await self.checkpoint()  # e.g. an await on the database in real code
        self.balance -= amount  # act
        return True


def make_gate(parties):
    """A checkpoint that lets nobody pass until `parties` tasks have reached it."""
    barrier = asyncio.Barrier(parties)

    async def checkpoint():
        try:
            async with asyncio.timeout(0.2):
                await barrier.wait()
        except TimeoutError:
            pass  # the other task never got here: that interleaving cannot happen

    return checkpoint


async def test_two_withdrawals(use_lock):
    account = Account(100, make_gate(2), use_lock)
    results = await asyncio.gather(account.withdraw(80), account.withdraw(80))
    ok = account.balance >= 0
    print(f"lock={use_lock!s:<5} results={results} balance={account.balance} -> {'pass' if ok else 'FAIL'}")


async def main():
    await test_two_withdrawals(use_lock=False)  # the test forces the bad interleaving every time
    await test_two_withdrawals(use_lock=True)


asyncio.run(main())
