# requires: python>=3.11
# Wrong: blocking calls inside coroutines freeze the whole event loop.
import asyncio
import time


def fetch_report() -> str:
    # Stands in for a blocking library call such as requests.get(...)
    time.sleep(0.2)
    return "report"


async def handler(name: str) -> None:
    time.sleep(0.2)  # blocks the loop: no other coroutine can run
    fetch_report()   # blocks again
    print(f"{name} done")


async def main() -> None:
    start = time.perf_counter()
    await asyncio.gather(handler("a"), handler("b"), handler("c"))
    elapsed = time.perf_counter() - start
    # Six blocking waits of 0.2s: the total is their sum, because nothing overlaps.
    verdict = "at least" if elapsed >= 1.2 else "less than"
    print(f"elapsed: {verdict} 1.2s, the sum of all six waits (no overlap at all)")

    try:
        await time.sleep(0.1)  # sleeps (blocking!), then awaits None
    except TypeError as e:
        print(type(e).__name__, "- time.sleep() returned None, which cannot be awaited")


asyncio.run(main())
