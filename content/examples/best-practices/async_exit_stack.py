# requires: python>=3.11
# en: Resource management: async with, asynccontextmanager and AsyncExitStack.
# zh: 资源管理：async with、asynccontextmanager 与 AsyncExitStack。
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def connection(name: str):
    await asyncio.sleep(0.05)  # en: connect | zh: 建立连接
    print(f"open  {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0.05)  # en: close politely, even on error | zh: 即使出错也要妥善关闭
        print(f"close {name}")


async def replicate(shards: list[str], fail: bool) -> None:
    # en: The number of resources is only known at run time: AsyncExitStack.
    # zh: 资源数量到运行时才知道：用 AsyncExitStack。
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(s)) for s in shards]
        stack.push_async_callback(asyncio.sleep, 0)  # en: any extra async cleanup | zh: 其他需要异步执行的清理工作
        print("writing to", conns)
        if fail:
            raise RuntimeError("write failed")
    # en: Everything entered is closed here, in reverse order.
    # zh: 进入过的资源都在这里按相反顺序关闭。


async def main() -> None:
    await replicate(["db-1", "db-2", "db-3"], fail=False)
    try:
        await replicate(["db-1", "db-2"], fail=True)
    except RuntimeError as e:
        print("error after cleanup:", e)


asyncio.run(main())
