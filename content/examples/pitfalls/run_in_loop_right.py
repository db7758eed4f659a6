# requires: python>=3.11
# browser: no (uses a worker thread)
# Right: stay async inside the loop; from another thread, submit to the loop.
import asyncio


async def get_price(item: str) -> int:
    await asyncio.sleep(0.1)
    return 42


async def price_with_tax(item: str) -> float:
    # 1) Make the caller async too and simply await.
    return await get_price(item) * 1.2


def legacy_report(loop: asyncio.AbstractEventLoop) -> str:
    # 2) Sync code running in a worker thread hands the coroutine to the loop.
    future = asyncio.run_coroutine_threadsafe(get_price("pen"), loop)
    return f"pen costs {future.result(timeout=2)}"


async def main() -> None:
    print("price:", round(await price_with_tax("book"), 2))
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(legacy_report, loop))


# 3) A plain sync program that needs several async calls: one Runner, one loop.
with asyncio.Runner() as runner:
    runner.run(main())
    print("second run:", runner.run(get_price("cup")))
