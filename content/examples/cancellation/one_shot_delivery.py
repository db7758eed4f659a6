# requires: python>=3.11
# asyncio delivers a cancellation once: after CancelledError has been raised, later awaits
# (in cleanup, say) run normally. Trio's cancel scopes would cancel every later await too.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: CancelledError delivered once")
        await asyncio.sleep(0.05)  # cleanup that awaits: not cancelled again
        print("worker: cleanup await completed; cancelling() =", asyncio.current_task().cancelling())
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task ended cancelled:", task.cancelled())


asyncio.run(main())
