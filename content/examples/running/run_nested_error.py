# requires: python>=3.11
# browser: no (Pyodide's asyncio.run may nest, so no RuntimeError is raised there)
# en: asyncio.run() refuses to start while a loop is already running in this thread.
# zh: 当前线程已有事件循环在运行时，asyncio.run() 会拒绝启动。
import asyncio


async def helper() -> str:
    await asyncio.sleep(0.1)
    return "helper done"


async def main() -> None:
    coro = helper()
    try:
        asyncio.run(coro)  # en: wrong: we are already inside a running loop | zh: 错误：此时已身处正在运行的事件循环之中
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        coro.close()  # en: avoid a "never awaited" warning | zh: 避免出现“never awaited”警告
    # en: Right: inside a coroutine, just await (or create a task).
    # zh: 正确做法：在协程内部直接 await（或创建任务）。
    print(await helper())


asyncio.run(main())
