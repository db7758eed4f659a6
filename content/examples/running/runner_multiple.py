# requires: python>=3.11
# browser: no (Pyodide's WebLoop is always running, so Runner cannot start a loop)
# en: asyncio.Runner keeps ONE loop open for several calls from synchronous code.
# zh: asyncio.Runner 让同一个事件循环一直开着，供同步代码多次调用。
import asyncio


class Cache:
    """en: An async resource that must live on a single event loop.
    zh: 只能待在一个事件循环上的异步资源。"""

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
    # en: put() calls contend on the lock, which binds it to the runner's loop
    # zh: 两次 put() 调用争用这把锁，锁因此绑定到 runner 的事件循环
    await asyncio.gather(cache.put("a", 1), cache.put("b", 2))


def sync_cli() -> None:
    cache = Cache()
    with asyncio.Runner() as runner:  # en: loop created here | zh: 事件循环在这里创建
        loop = runner.get_loop()
        runner.run(fill(cache))  # en: Runner.run() takes a coroutine | zh: Runner.run() 接受的是协程
        print("a + b =", runner.run(cache.get("a")) + runner.run(cache.get("b")))
        print("same loop each time:", runner.get_loop() is loop)
    # en: leaving the block cancels leftover tasks and closes the loop
    # zh: 离开 with 块时，会取消剩余任务并关闭事件循环
    print("loop closed:", loop.is_closed())


sync_cli()
