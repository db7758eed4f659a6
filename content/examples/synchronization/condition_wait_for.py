# requires: python>=3.11
# en: A Condition lets tasks wait until shared state satisfies a predicate.
# zh: Condition 让任务一直等到共享状态满足某个条件。
import asyncio


class TicketPool:
    def __init__(self) -> None:
        self.tickets = 0
        self.cond = asyncio.Condition()  # en: owns its own Lock | zh: 自带一把 Lock

    async def add(self, n: int) -> None:
        async with self.cond:
            self.tickets += n
            print(f"added {n}, pool={self.tickets}")
            self.cond.notify(n)  # en: wake up to n waiters (notify_all wakes all) | zh: 最多唤醒 n 个等待者（notify_all 唤醒全部）

    async def take(self, who: str) -> None:
        async with self.cond:
            # en: wait_for releases the lock while waiting and re-checks on wake-up
            # zh: wait_for 等待期间会释放锁，被唤醒后重新检查条件
            await self.cond.wait_for(lambda: self.tickets > 0)
            self.tickets -= 1
            print(f"{who} got a ticket, pool={self.tickets}")


async def main() -> None:
    pool = TicketPool()
    async with asyncio.TaskGroup() as tg:
        for who in ["ann", "bob", "cai"]:
            tg.create_task(pool.take(who))
        await asyncio.sleep(0.1)
        await pool.add(2)
        await asyncio.sleep(0.1)
        await pool.add(1)


asyncio.run(main())
