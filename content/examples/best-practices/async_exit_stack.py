# requires: python>=3.11
# Resource management: async with, asynccontextmanager and AsyncExitStack.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def connection(name: str):
    await asyncio.sleep(0.05)  # connect
    print(f"open  {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0.05)  # close politely, even on error
        print(f"close {name}")


async def replicate(shards: list[str], fail: bool) -> None:
    # The number of resources is only known at run time: AsyncExitStack.
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(s)) for s in shards]
        stack.push_async_callback(asyncio.sleep, 0)  # any extra async cleanup
        print("writing to", conns)
        if fail:
            raise RuntimeError("write failed")
    # Everything entered is closed here, in reverse order.


async def main() -> None:
    await replicate(["db-1", "db-2", "db-3"], fail=False)
    try:
        await replicate(["db-1", "db-2"], fail=True)
    except RuntimeError as e:
        print("error after cleanup:", e)


asyncio.run(main())
