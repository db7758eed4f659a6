# requires: python>=3.11
# browser: no (Pyodide's browser event loop is always running, so asyncio.run and Runner behave differently)
# en: Right: create asyncio primitives inside the running loop and pass them along.
# zh: 正确做法：在运行中的事件循环里创建 asyncio 同步原语，再传给需要的代码。
import asyncio


async def worker(lock: asyncio.Lock, n: int) -> None:
    async with lock:
        await asyncio.sleep(0.1)


async def job(lock: asyncio.Lock | None = None) -> str:
    lock = lock or asyncio.Lock()  # en: a fresh lock belongs to this run's loop | zh: 新建的锁属于本次运行的事件循环
    await asyncio.gather(worker(lock, 1), worker(lock, 2))
    return "ok"


print("first run:", asyncio.run(job()))
print("second run:", asyncio.run(job()))

# en: Several runs that must share one lock: use one Runner, so there is one loop.
# zh: 多次运行必须共用一把锁时，使用同一个 Runner，这样始终只有一个事件循环。
with asyncio.Runner() as runner:
    shared = asyncio.Lock()
    print("runner, first:", runner.run(job(shared)))
    print("runner, second:", runner.run(job(shared)))
