# requires: python>=3.11
# en: asyncio delivers a cancellation once: after CancelledError has been raised, later awaits
# en: (in cleanup, say) run normally. Trio's cancel scopes would cancel every later await too.
# zh: asyncio 的取消只投递一次：CancelledError 抛出之后，后面的 await（比如清理代码里的）照常执行。
# zh: 换成 Trio 的取消作用域，之后的每个 await 都会再次被取消。
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: CancelledError delivered once")
        await asyncio.sleep(0.05)  # en: cleanup that awaits: not cancelled again | zh: 清理代码里的 await 不会再被取消
        print("worker: cleanup await completed; cancelling() =", asyncio.current_task().cancelling())
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task ended cancelled:", task.cancelled())


asyncio.run(main())
