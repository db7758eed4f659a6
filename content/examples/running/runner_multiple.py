# requires: python>=3.11
# browser: no (Pyodide's WebLoop is always running, so Runner cannot start a loop)
# asyncio.Runner keeps ONE loop open for several calls from synchronous code.
import asyncio


class Cache:
    """An async resource that must live on a single event loop."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.data: dict[str, int] = {}

    async def put(self, key: str, value: int) -> None:
        async with self.lock:
            await asyncio.sleep(0.05)
            self.data[key] = value

    async def get(self, key: str) -> int:
        async with self.lock:
            await asyncio.sleep(0.05)
            return self.data[key]


async def fill(cache: Cache) -> None:
    # put() calls contend on the lock, which binds it to the runner's loop
    await asyncio.gather(cache.put("a", 1), cache.put("b", 2))


def sync_cli() -> None:
    cache = Cache()
    with asyncio.Runner() as runner:  # loop created here
        loop = runner.get_loop()
        runner.run(fill(cache))  # Runner.run() takes a coroutine
        print("a + b =", runner.run(cache.get("a")) + runner.run(cache.get("b")))
        print("same loop each time:", runner.get_loop() is loop)
    # leaving the block cancels leftover tasks and closes the loop
    print("loop closed:", loop.is_closed())


sync_cli()
