# requires: python>=3.11
# gather runs awaitables concurrently and returns results in argument order.
import asyncio
import time


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"finished {name}")
    return f"{name}:{seconds}s"


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(
        download("slow", 0.3),
        download("fast", 0.1),
        download("medium", 0.2),
    )
    print(results)  # argument order, not completion order
    print(f"elapsed: {time.perf_counter() - start:.1f}s")  # about the longest one


asyncio.run(main())
