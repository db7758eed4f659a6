# requires: python>=3.11
# The same asynchronous sequence written as an async iterator class and as an async generator,
# consumed with async for and with async comprehensions.
import asyncio


class Countdown:
    """An async iterator: __aiter__ returns it, __anext__ is a coroutine that raises StopAsyncIteration."""

    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)  # each item may wait for I/O
        self.n -= 1
        return self.n + 1


async def countdown(start):
    """The same thing as an async generator: async def plus yield."""
    for n in range(start, 0, -1):
        await asyncio.sleep(0.01)
        yield n


async def main():
    print("class:    ", [n async for n in Countdown(3)])
    print("generator:", [n async for n in countdown(3)])
    print("filtered: ", [n * 10 async for n in countdown(5) if n % 2])
    squares = {n: n * n async for n in countdown(3)}
    print("dict:     ", squares)

    agen = countdown(2)
    print("anext():  ", await anext(agen), await anext(agen), await anext(agen, "exhausted"))


asyncio.run(main())
