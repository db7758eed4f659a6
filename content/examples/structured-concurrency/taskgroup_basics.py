# requires: python>=3.11
import asyncio
import time


async def fetch_price(shop, seconds):
    await asyncio.sleep(seconds)  # en: stands in for an HTTP call | zh: 模拟一次 HTTP 调用
    return {"alpha": 12, "beta": 10, "gamma": 11}[shop]


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = {shop: tg.create_task(fetch_price(shop, s))
                 for shop, s in [("alpha", 0.3), ("beta", 0.1), ("gamma", 0.2)]}
        print("inside the block, tasks are running")
    # en: Leaving the block waited for every task: all are done here.
    # zh: 离开代码块时已经等过所有任务：到这里它们都已完成。
    prices = {shop: t.result() for shop, t in tasks.items()}
    print("prices:", prices)
    print("cheapest:", min(prices, key=prices.get))
    # en: about the longest wait, far below the 0.6 s sum
    # zh: 约等于最长的那次等待，远小于三者之和 0.6 秒
    elapsed = time.perf_counter() - start
    if 0.3 <= elapsed < 0.5:
        print("elapsed: at least 0.3s but under 0.5s (the waits overlapped; in a row they take 0.6s)")
    else:
        print(f"elapsed: {elapsed:.2f}s, outside 0.3-0.5s")


asyncio.run(main())
