# requires: python>=3.11
# browser: no (uses threads)
# en: What asyncio.run() does after main() returns, in order.
# zh: main() 返回之后，asyncio.run() 依次做了哪些事。
import asyncio
import time


async def forgotten_worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("2. leftover task cancelled: its finally runs")


async def stream():
    try:
        yield 1
        yield 2
    finally:
        print("3. shutdown_asyncgens(): the open async generator is closed")


def blocking_job():
    time.sleep(0.2)
    print("4. shutdown_default_executor(): waited for the thread pool's last job")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(forgotten_worker())  # en: never awaited: asyncio.run will cancel it | zh: 没有被 await：asyncio.run 会取消它
    gen = stream()
    await anext(gen)  # en: left suspended at its first yield | zh: 停在第一个 yield 处
    loop.run_in_executor(None, blocking_job)  # en: still running when main returns | zh: main 返回时仍在运行
    await asyncio.sleep(0)  # en: let the worker start | zh: 让 worker 先启动
    print("1. main() returns")
    # en: still referenced at shutdown, as a long-lived object's generator would be
    # zh: 关闭时仍被引用，就像长期存活对象持有的生成器那样
    alive.append(gen)


alive = []
asyncio.run(main())
print("5. the loop is closed; asyncio.run() has returned")
