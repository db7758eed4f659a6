# requires: python>=3.11
# PEP 789: a timeout (or TaskGroup) around a yield in an async generator cancels the consumer's code.
import asyncio


async def ticks_with_timeout():
    async with asyncio.timeout(0.1):  # the scope stays open while the generator is suspended at yield
        for i in range(3):
            yield i


async def consumer():
    try:
        async for i in ticks_with_timeout():
            print("consumer got", i)
            await asyncio.sleep(0.2)  # the consumer's own work, outside the generator
    except TimeoutError:
        print("consumer: TimeoutError")  # what one might expect, but not what happens
    except asyncio.CancelledError:
        print("consumer: CancelledError raised in its own sleep, not in the generator")
        raise


async def ticks_safe():
    for i in range(3):
        yield i


async def safe_consumer():
    try:
        async with asyncio.timeout(0.1):  # the scope belongs to the code that awaits
            async for i in ticks_safe():
                print("safe consumer got", i)
                await asyncio.sleep(0.2)
    except TimeoutError:
        print("safe consumer: TimeoutError, as intended")


async def main():
    task = asyncio.create_task(consumer())
    try:
        await task
    except asyncio.CancelledError:
        print("main: the consumer task ended cancelled, though nobody cancelled it")
    await safe_consumer()


asyncio.run(main())
