# requires: python>=3.11
# as_completed yields results in completion order.
import asyncio


async def probe(host: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{host} answered after {seconds}s"


async def main() -> None:
    coros = [probe("db", 0.3), probe("cache", 0.1), probe("queue", 0.2)]
    # Classic form: a plain iterator of awaitables; await each one.
    for next_done in asyncio.as_completed(coros, timeout=1.0):
        print(await next_done)  # fastest first, whatever the input order


asyncio.run(main())
