# requires: python>=3.11
# en: Wrong: a sync helper calls asyncio.run() while an event loop is already running.
# zh: 错误做法：事件循环已经在运行，同步辅助函数却又调用 asyncio.run()。
import asyncio


async def get_price(item: str) -> int:
    await asyncio.sleep(0.1)
    return 42


def price_with_tax(item: str) -> float:
    # en: Sync code that "just runs" the async API...
    # zh: 同步代码想“直接运行”异步 API……
    coro = get_price(item)
    try:
        return asyncio.run(coro) * 1.2
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        coro.close()  # en: avoid a "never awaited" warning | zh: 避免出现“never awaited”警告
        return float("nan")


async def main() -> None:
    # en: ...but it is called from a coroutine, so a loop is already running here.
    # zh: ……可调用它的是一个协程，这时事件循环已经在运行。
    print("price:", price_with_tax("book"))


asyncio.run(main())
