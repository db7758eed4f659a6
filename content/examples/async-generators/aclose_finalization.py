# requires: python>=3.11
# en: Leaving async for early does not run the generator's finally; aclose() (or aclosing) does.
# zh: 提前跳出 async for 不会运行生成器的 finally；调用 aclose()（或使用 aclosing）才会。
import asyncio
from contextlib import aclosing


async def rows(name):
    print(f"  {name}: open the cursor")
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield i
    finally:
        await asyncio.sleep(0)  # en: async cleanup, e.g. closing a cursor | zh: 异步清理，例如关闭游标
        print(f"  {name}: cursor closed")


async def main():
    print("break without aclose:")
    gen = rows("A")
    async for i in gen:
        if i == 2:
            break
    print("main: after the loop, A is still open")
    # en: without this, A is closed whenever it is garbage-collected, or at shutdown
    # zh: 没有这一行，A 要等到被垃圾回收时或程序关闭时才会关闭
    await gen.aclose()
    print("main: A closed by aclose()")

    print("break inside aclosing():")
    async with aclosing(rows("B")) as gen_b:
        async for i in gen_b:
            if i == 2:
                break
    print("main: after the block, B is closed")


asyncio.run(main())
