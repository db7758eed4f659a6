# requires: python>=3.11
# A Condition lets tasks wait until shared state satisfies a predicate.
import asyncio


class TicketPool:
    def __init__(self) -> None:
        self.tickets = 0
        self.cond = asyncio.Condition()  # owns its own Lock

    async def add(self, n: int) -> None:
        async with self.cond:
            self.tickets += n
            print(f"added {n}, pool={self.tickets}")
            self.cond.notify(n)  # wake up to n waiters (notify_all wakes all)

    async def take(self, who: str) -> None:
        async with self.cond:
            # wait_for releases the lock while waiting and re-checks on wake-up
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
