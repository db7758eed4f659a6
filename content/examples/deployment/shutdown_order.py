# requires: python>=3.11
# browser: no (uses threads)
# What asyncio.run() does after main() returns, in order.
import asyncio
import time


async def forgotten_worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("2. leftover task cancelled: its finally runs")


async def stream():
    try:
        yield 1
        yield 2
    finally:
        print("3. shutdown_asyncgens(): the open async generator is closed")


def blocking_job():
    time.sleep(0.2)
    print("4. shutdown_default_executor(): waited for the thread pool's last job")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(forgotten_worker())  # never awaited: asyncio.run will cancel it
    gen = stream()
    await anext(gen)  # left suspended at its first yield
    loop.run_in_executor(None, blocking_job)  # still running when main returns
    await asyncio.sleep(0)  # let the worker start
    print("1. main() returns")
    alive.append(gen)  # still referenced at shutdown, as a long-lived object's generator would be


alive = []
asyncio.run(main())
print("5. the loop is closed; asyncio.run() has returned")
