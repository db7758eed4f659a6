# requires: python>=3.11
# Leaving async for early does not run the generator's finally; aclose() (or aclosing) does.
import asyncio
from contextlib import aclosing


async def rows(name):
    print(f"  {name}: open the cursor")
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield i
    finally:
        await asyncio.sleep(0)  # async cleanup, e.g. closing a cursor
        print(f"  {name}: cursor closed")


async def main():
    print("break without aclose:")
    gen = rows("A")
    async for i in gen:
        if i == 2:
            break
    print("main: after the loop, A is still open")
    await gen.aclose()  # without this, A is closed whenever it is garbage-collected, or at shutdown
    print("main: A closed by aclose()")

    print("break inside aclosing():")
    async with aclosing(rows("B")) as gen_b:
        async for i in gen_b:
            if i == 2:
                break
    print("main: after the block, B is closed")


asyncio.run(main())
