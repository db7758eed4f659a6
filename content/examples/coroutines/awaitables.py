# requires: python>=3.11
import asyncio


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


class Ready:
    """A minimal custom awaitable: __await__ must return an iterator."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()  # give the loop one turn
        return self.value


async def main():
    # 1. a coroutine object
    print("coroutine:", await add(1, 2))

    # 2. a Task (it starts running as soon as the loop gets control)
    task = asyncio.create_task(add(3, 4))
    print("task:", await task)

    # 3. a Future: a placeholder that someone else fills in later
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "filled by a callback")
    print("future:", await fut)

    # 4. any object with an __await__ method
    print("custom:", await Ready(42))

    # Not awaitable: a plain value
    try:
        await 5
    except TypeError as e:
        # (the exact message differs between Python versions)
        print(f"await 5 -> {type(e).__name__}")


asyncio.run(main())
