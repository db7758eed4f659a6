# requires: python>=3.11
# en: PEP 789: a timeout (or TaskGroup) around a yield in an async generator cancels the consumer's code.
# zh: PEP 789：在异步生成器里用超时（或 TaskGroup）包住 yield，被取消的会是消费者的代码。
import asyncio


async def ticks_with_timeout():
    # en: the scope stays open while the generator is suspended at yield
    # zh: 生成器停在 yield 处时，这个作用域仍然是打开的
    async with asyncio.timeout(0.1):
        for i in range(3):
            yield i


async def consumer():
    try:
        async for i in ticks_with_timeout():
            print("consumer got", i)
            await asyncio.sleep(0.2)  # en: the consumer's own work, outside the generator | zh: 消费者自己的工作，在生成器之外
    except TimeoutError:
        print("consumer: TimeoutError")  # en: what one might expect, but not what happens | zh: 你可能以为会走到这里，其实不会
    except asyncio.CancelledError:
        print("consumer: CancelledError raised in its own sleep, not in the generator")
        raise


async def ticks_safe():
    for i in range(3):
        yield i


async def safe_consumer():
    try:
        async with asyncio.timeout(0.1):  # en: the scope belongs to the code that awaits | zh: 作用域属于执行 await 的代码
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
