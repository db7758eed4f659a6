# requires: python>=3.11
import asyncio
import time


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)  # stands in for a slow network call
        return f"{name}: ok"
    except asyncio.CancelledError:
        print(f"{name}: cancelled by the timeout, cleaning up")
        raise
    finally:
        print(f"{name}: finally block ran")


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.5) as cm:  # Python 3.11+; 0.4 s to spare for "fast"
            print(await fetch("fast", 0.1))
            print(await fetch("slow", 5))
    except TimeoutError:  # the builtin TimeoutError since 3.11
        elapsed = time.perf_counter() - start
        when = "in under 2s, not after the 5s sleep" if elapsed < 2.0 else f"after {elapsed:.2f}s"
        print(f"timed out {when}, expired={cm.expired()}")

    # wait_for does the same for a single awaitable.
    try:
        await asyncio.wait_for(fetch("slow-2", 5), timeout=0.2)
    except TimeoutError:
        print("wait_for: TimeoutError")


asyncio.run(main())
