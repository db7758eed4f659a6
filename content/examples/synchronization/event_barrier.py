# requires: python>=3.11
# Event: one task signals many. Barrier (3.11+): peers wait for each other.
import asyncio


async def worker(
    name: str, work: float, start: asyncio.Event, phase_end: asyncio.Barrier
) -> None:
    await start.wait()  # every worker waits for the same signal
    await asyncio.sleep(work)  # phase 1 takes a different time per worker
    print(f"{name}: phase 1 done")
    index = await phase_end.wait()  # nobody continues until all 3 arrive
    if index == 0:  # exactly one waiter gets index 0
        print("all workers finished phase 1")


async def main() -> None:
    start = asyncio.Event()
    phase_end = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("w1", 0.1, start, phase_end))
        tg.create_task(worker("w2", 0.3, start, phase_end))
        tg.create_task(worker("w3", 0.2, start, phase_end))
        await asyncio.sleep(0.1)  # e.g. load configuration first
        print("main: start.set()")
        start.set()  # wakes all waiters; later wait() calls return at once
    print("event set:", start.is_set(), "| barrier broken:", phase_end.broken)


asyncio.run(main())
