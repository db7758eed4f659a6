# requires: python>=3.11
# en: A deterministic test for a race: the code under test awaits a hook between "check" and "act";
# en: the test replaces the hook with one that holds the first task there until the second has checked.
# zh: 针对竞态条件的确定性测试：被测代码在“检查”和“执行”之间 await 一个钩子；
# zh: 测试把这个钩子换成一道关卡，让第一个任务停在那里，直到第二个任务也完成检查。
import asyncio


class Account:
    def __init__(self, balance, checkpoint, use_lock):
        self.balance = balance
        self.checkpoint = checkpoint  # en: production: an async no-op; tests: a gate | zh: 生产环境中是什么也不做的异步函数；测试中是一道关卡
        self.lock = asyncio.Lock() if use_lock else None

    async def withdraw(self, amount):
        if self.lock:
            async with self.lock:
                return await self._withdraw(amount)
        return await self._withdraw(amount)

    async def _withdraw(self, amount):
        if self.balance < amount:  # en: check | zh: 检查
            return False
        await self.checkpoint()  # en: e.g. an await on the database in real code | zh: 真实代码里可能是一次对数据库的 await
        self.balance -= amount  # en: act | zh: 执行
        return True


def make_gate(parties):
    """en: A checkpoint that lets nobody pass until `parties` tasks have reached it.
    zh: 检查点：parties 个任务全部到达之前，谁也不能通过。"""
    barrier = asyncio.Barrier(parties)

    async def checkpoint():
        try:
            async with asyncio.timeout(0.2):
                await barrier.wait()
        except TimeoutError:
            pass  # en: the other task never got here: that interleaving cannot happen | zh: 另一个任务始终没有到达：说明这种交错不可能发生

    return checkpoint


async def test_two_withdrawals(use_lock):
    account = Account(100, make_gate(2), use_lock)
    results = await asyncio.gather(account.withdraw(80), account.withdraw(80))
    ok = account.balance >= 0
    print(f"lock={use_lock!s:<5} results={results} balance={account.balance} -> {'pass' if ok else 'FAIL'}")


async def main():
    # en: the test forces the bad interleaving every time
    # zh: 测试每次都会强制出现这种有问题的交错
    await test_two_withdrawals(use_lock=False)
    await test_two_withdrawals(use_lock=True)


asyncio.run(main())
