# requires: python>=3.11
# Right: clean up in finally (or except + raise) and let CancelledError propagate.
import asyncio
import time


async def poll_forever(rounds: int) -> str:
    try:
        for _ in range(rounds):
            await asyncio.sleep(0.1)
        return "finished"
    except asyncio.CancelledError:
        print("  cancelled: cleaning up")
        raise  # always re-raise
    finally:
        print("  connection closed")


async def main() -> None:
    task = asyncio.create_task(poll_forever(3))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task.cancelled():", task.cancelled())

    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.1):
            await poll_forever(3)
    except TimeoutError:
        print("TimeoutError")
    elapsed = time.perf_counter() - start  # the first 0.1 s round was interrupted
    print("elapsed: under 0.25s (asked for 0.1s)" if elapsed < 0.25 else f"elapsed: {elapsed:.2f}s")


asyncio.run(main())
