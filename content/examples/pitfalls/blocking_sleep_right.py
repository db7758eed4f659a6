# requires: python>=3.11
# browser: no (uses a worker thread via asyncio.to_thread)
# Right: await asyncio.sleep, and push blocking library calls to a thread.
import asyncio
import time


def fetch_report() -> str:
    # Stands in for a blocking library call such as requests.get(...)
    time.sleep(0.2)
    return "report"


async def handler(name: str) -> str:
    await asyncio.sleep(0.2)               # yields to the loop while waiting
    await asyncio.to_thread(fetch_report)  # runs in a worker thread
    return f"{name} done"


async def main() -> None:
    start = time.perf_counter()
    for line in await asyncio.gather(handler("a"), handler("b"), handler("c")):
        print(line)  # gather keeps the order; finishing order may vary
    elapsed = time.perf_counter() - start
    # Each handler waits 0.4s; run one after another they would take 1.2s.
    verdict = "well under" if elapsed < 0.8 else "not under"
    print(f"elapsed: {verdict} 0.8s (the three handlers overlap; serially they would take 1.2s)")


asyncio.run(main())
