# requires: python>=3.11
# threading.Lock in async code: waiting for it blocks the whole event loop.
import asyncio
import threading
import time

tlock = threading.Lock()


async def holder() -> None:
    with tlock:  # WRONG: a thread lock held across an await
        print("holder: acquired")
        await asyncio.sleep(0.1)  # the holder can only resume via the loop...
    print("holder: released")


async def waiter() -> None:
    start = time.perf_counter()
    # ...but this call blocks the loop, so the holder can never resume.
    # (Without a timeout this would be a deadlock.)
    got = tlock.acquire(timeout=0.5)
    elapsed = time.perf_counter() - start
    took = "its whole 0.5s timeout" if elapsed >= 0.45 else f"{elapsed:.2f}s"
    print(f"waiter: acquired={got} after {took} (loop frozen)")
    if got:
        tlock.release()


async def ticker() -> None:
    for _ in range(3):
        print("tick")
        await asyncio.sleep(0.2)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(holder())
        tg.create_task(waiter())
        tg.create_task(ticker())


asyncio.run(main())
