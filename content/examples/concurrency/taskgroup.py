# requires: python>=3.11
# TaskGroup: when one task fails, its siblings are cancelled and
# the errors arrive together as an ExceptionGroup.
import asyncio


async def worker(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise  # never swallow cancellation


async def broken(seconds: float) -> None:
    await asyncio.sleep(seconds)
    raise ConnectionError("backend down")


async def main() -> None:
    # Happy path: results are read from the tasks after the block.
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("a", 0.1))
        t2 = tg.create_task(worker("b", 0.2))
    print("results:", t1.result(), t2.result())

    # Failure: the group cancels the siblings and waits for them.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("c", 0.1))
            tg.create_task(broken(0.15))
            tg.create_task(worker("d", 0.5))
    except* ConnectionError as eg:
        for e in eg.exceptions:
            print(f"handled {type(e).__name__}: {e}")


asyncio.run(main())
