# requires: python>=3.11
import asyncio


async def fail_soon():
    await asyncio.sleep(0.1)
    raise RuntimeError("boom")


async def slow_write(label):
    try:
        await asyncio.sleep(0.3)
        print(f"{label}: slow_write finished anyway")
    except asyncio.CancelledError:
        print(f"{label}: slow_write cancelled")
        raise


async def main():
    try:
        await asyncio.gather(fail_soon(), slow_write("gather"))
    except RuntimeError as e:
        print(f"gather raised {type(e).__name__}: {e}")
    await asyncio.sleep(0.4)  # en: the other awaitable keeps running meanwhile | zh: 这期间另一个可等待对象仍在运行
    print("---")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            tg.create_task(slow_write("TaskGroup"))
    except* RuntimeError as eg:
        print(f"TaskGroup raised {type(eg).__name__}: {eg.exceptions[0]}")
    await asyncio.sleep(0.4)  # en: nothing is left running | zh: 已经没有任何任务还在运行
    print("done")


asyncio.run(main())
