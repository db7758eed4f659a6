# requires: python>=3.11
import asyncio
import inspect


async def greet(name):
    print(f"  body of greet({name!r}) runs now")
    await asyncio.sleep(0.1)
    return f"hello, {name}"


async def main():
    coro = greet("Ada")  # en: nothing runs yet: we only get a coroutine object | zh: 还什么都没运行，只得到一个协程对象
    print("type:", type(coro).__name__)
    print("is coroutine function:", inspect.iscoroutinefunction(greet))
    print("is coroutine object:", inspect.iscoroutine(coro))
    print("state before await:", inspect.getcoroutinestate(coro))
    result = await coro  # en: now the body runs, inside the event loop | zh: 函数体这时才在事件循环中运行
    print("result:", result)
    print("state after await:", inspect.getcoroutinestate(coro))
    try:
        await coro  # en: a coroutine object can be awaited only once | zh: 一个协程对象只能 await 一次
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
