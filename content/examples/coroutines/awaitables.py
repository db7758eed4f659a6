# requires: python>=3.11
import asyncio


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


class Ready:
    """en: A minimal custom awaitable: __await__ must return an iterator.
    zh: 最简单的自定义可等待对象：__await__ 必须返回一个迭代器。"""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()  # en: give the loop one turn | zh: 让事件循环转一轮
        return self.value


async def main():
    # en: 1. a coroutine object | zh: 1. 协程对象
    print("coroutine:", await add(1, 2))

    # en: 2. a Task (it starts running as soon as the loop gets control)
    # zh: 2. Task（事件循环一拿到控制权，它就开始运行）
    task = asyncio.create_task(add(3, 4))
    print("task:", await task)

    # en: 3. a Future: a placeholder that someone else fills in later
    # zh: 3. Future：一个占位对象，稍后由别的代码填入结果
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "filled by a callback")
    print("future:", await fut)

    # en: 4. any object with an __await__ method | zh: 4. 任何带有 __await__ 方法的对象
    print("custom:", await Ready(42))

    # en: Not awaitable: a plain value | zh: 不可等待：普通的值
    try:
        await 5
    except TypeError as e:
        # en: (the exact message differs between Python versions)
        # zh: （具体的错误信息因 Python 版本而异）
        print(f"await 5 -> {type(e).__name__}")


asyncio.run(main())
