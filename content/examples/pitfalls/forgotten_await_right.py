# requires: python>=3.11
# Right: await the coroutine, or wrap it in a Task and await the Task later.
import asyncio

saved = []


async def save(item: str) -> str:
    await asyncio.sleep(0.1)
    saved.append(item)
    return f"saved {item}"


async def main() -> None:
    result = await save("order-1")  # runs now and gives the return value
    print(result)

    task = asyncio.create_task(save("order-2"))  # starts running on its own
    print("doing other work while order-2 is saved")
    print(await task)  # still await it, to get the result or the exception

    print("saved:", saved)


asyncio.run(main())
