# requires: python>=3.11
# en: Right: await the coroutine, or wrap it in a Task and await the Task later.
# zh: 正确做法：直接 await 协程，或者把它包装成 Task，稍后再 await 这个 Task。
import asyncio

saved = []


async def save(item: str) -> str:
    await asyncio.sleep(0.1)
    saved.append(item)
    return f"saved {item}"


async def main() -> None:
    result = await save("order-1")  # en: runs now and gives the return value | zh: 立即运行，并得到返回值
    print(result)

    task = asyncio.create_task(save("order-2"))  # en: starts running on its own | zh: 任务自行开始运行
    print("doing other work while order-2 is saved")
    print(await task)  # en: still await it, to get the result or the exception | zh: 仍然要 await 它，才能拿到结果或异常

    print("saved:", saved)


asyncio.run(main())
