# requires: python>=3.11
# en: asyncio.run(): create a loop, run one coroutine, close the loop.
# zh: asyncio.run()：创建事件循环，运行一个协程，再关闭事件循环。
import asyncio


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.1)  # en: stands in for network I/O | zh: 模拟网络 I/O
    return {"apple": 1.5, "pear": 2.0}[item]


async def main() -> float:
    loop = asyncio.get_running_loop()  # en: only inside a coroutine or a callback | zh: 只能在协程或回调中调用
    print("loop running:", loop.is_running())
    prices = await asyncio.gather(fetch_price("apple"), fetch_price("pear"))
    return sum(prices)


# en: The return value of main() comes back to synchronous code.
# zh: main() 的返回值会交回给同步代码。
total = asyncio.run(main())
print("total:", total)

# en: Each asyncio.run() builds a brand-new loop and closes it afterwards.
# zh: 每次 asyncio.run() 都会新建一个事件循环，用完后关闭。
total_again = asyncio.run(main())
print("second run:", total_again)
