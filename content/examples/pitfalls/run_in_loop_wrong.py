# requires: python>=3.11
# Wrong: a sync helper calls asyncio.run() while an event loop is already running.
import asyncio


async def get_price(item: str) -> int:
    await asyncio.sleep(0.1)
    return 42


def price_with_tax(item: str) -> float:
    # Sync code that "just runs" the async API...
    coro = get_price(item)
    try:
        return asyncio.run(coro) * 1.2
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        coro.close()  # avoid a second "never awaited" warning
        return float("nan")


async def main() -> None:
    # ...but it is called from a coroutine, so a loop is already running here.
    print("price:", price_with_tax("book"))


asyncio.run(main())
