# requires: python>=3.11
# en: The same asynchronous sequence written as an async iterator class and as an async generator,
# en: consumed with async for and with async comprehensions.
# zh: 同一个异步序列，分别写成异步迭代器类和异步生成器，
# zh: 再分别用 async for 和异步推导式来消费。
import asyncio


class Countdown:
    """en: An async iterator: __aiter__ returns it, __anext__ is a coroutine that raises StopAsyncIteration.
    zh: 异步迭代器：__aiter__ 返回它自身，__anext__ 是一个协程，取完时抛出 StopAsyncIteration。"""

    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)  # en: each item may wait for I/O | zh: 每个元素都可能要等待 I/O
        self.n -= 1
        return self.n + 1


async def countdown(start):
    """en: The same thing as an async generator: async def plus yield.
    zh: 同样的东西写成异步生成器：async def 加上 yield。"""
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
