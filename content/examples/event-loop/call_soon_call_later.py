# requires: python>=3.11
"""The order in which the event loop runs callbacks and coroutine steps."""
import asyncio


def callback(label: str) -> None:
    print(f"callback {label}")


async def coro(label: str) -> None:
    print(f"coroutine {label}: step 1")
    await asyncio.sleep(0)  # yield to the loop once
    print(f"coroutine {label}: step 2")


async def main() -> None:
    loop = asyncio.get_running_loop()
    # Timers run by due time, not in the order they were scheduled.
    loop.call_later(0.5, callback, "C (call_later 0.5 s)")
    loop.call_later(0.1, callback, "B (call_later 0.1 s)")
    loop.call_soon(callback, "A1 (call_soon)")
    task = asyncio.create_task(coro("T"))
    loop.call_soon(callback, "A2 (call_soon)")
    print("main: everything scheduled, nothing has run yet")

    await asyncio.sleep(0.6)  # main suspends; the loop runs the rest
    print(f"main: task done = {task.done()}")


asyncio.run(main())
