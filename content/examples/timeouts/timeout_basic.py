# requires: python>=3.11
# asyncio.timeout() cancels the block when time is up and raises TimeoutError.
import asyncio
import time


async def slow_query() -> str:
    try:
        await asyncio.sleep(1.0)  # pretend the database is slow
        return "rows"
    finally:
        print("slow_query: cleanup runs even when cancelled")


async def main() -> None:
    print("same class:", asyncio.TimeoutError is TimeoutError)  # True since 3.11

    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2) as cm:
            result = await slow_query()
            print("never printed", result)
    except TimeoutError:  # the builtin; no need for asyncio.TimeoutError
        elapsed = time.perf_counter() - start
        print("timed out in under 0.5s (the query needed 1s)" if elapsed < 0.5 else f"timed out after {elapsed:.2f}s")
    print("expired:", cm.expired())

    # A block that finishes in time is not affected.
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.1)
    print("fast block expired:", cm.expired())


asyncio.run(main())
