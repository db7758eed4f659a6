# requires: python>=3.11
import asyncio
import inspect


async def greet(name):
    print(f"  body of greet({name!r}) runs now")
    await asyncio.sleep(0.1)
    return f"hello, {name}"


async def main():
    coro = greet("Ada")  # nothing runs yet: we only get a coroutine object
    print("type:", type(coro).__name__)
    print("is coroutine function:", inspect.iscoroutinefunction(greet))
    print("is coroutine object:", inspect.iscoroutine(coro))
    print("state before await:", inspect.getcoroutinestate(coro))
    result = await coro  # now the body runs, inside the event loop
    print("result:", result)
    print("state after await:", inspect.getcoroutinestate(coro))
    try:
        await coro  # a coroutine object can be awaited only once
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
