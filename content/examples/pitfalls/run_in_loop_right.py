# requires: python>=3.11
# browser: no (uses a worker thread)
# en: Right: stay async inside the loop; from another thread, submit to the loop.
# zh: 正确做法：在事件循环内部始终用异步调用；在其他线程里，把协程提交给事件循环。
import asyncio


async def get_price(item: str) -> int:
    await asyncio.sleep(0.1)
    return 42


async def price_with_tax(item: str) -> float:
    # en: 1) Make the caller async too and simply await.
    # zh: 1）把调用方也改成异步函数，直接 await。
    return await get_price(item) * 1.2


def legacy_report(loop: asyncio.AbstractEventLoop) -> str:
    # en: 2) Sync code running in a worker thread hands the coroutine to the loop.
    # zh: 2）在工作线程中运行的同步代码把协程交给事件循环。
    future = asyncio.run_coroutine_threadsafe(get_price("pen"), loop)
    return f"pen costs {future.result(timeout=2)}"


async def main() -> None:
    print("price:", round(await price_with_tax("book"), 2))
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(legacy_report, loop))


# en: 3) A plain sync program that needs several async calls: one Runner, one loop.
# zh: 3）普通的同步程序需要多次调用异步代码时：一个 Runner，一个事件循环。
with asyncio.Runner() as runner:
    runner.run(main())
    print("second run:", runner.run(get_price("cup")))
