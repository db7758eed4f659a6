# requires: python>=3.11
# en: Where a cancellation lands depends on where the consumer's task is waiting.
# zh: 取消落在哪里，取决于消费者的任务当时在哪里等待。
import asyncio


async def source(name):
    try:
        for i in range(100):
            await asyncio.sleep(0.05)  # en: waiting inside the generator | zh: 在生成器内部等待
            yield i
    except asyncio.CancelledError:
        print(f"  {name}: CancelledError inside the generator, at its await")
        raise
    except GeneratorExit:
        print(f"  {name}: GeneratorExit at the yield (closed, not cancelled)")
        raise


async def consume(name, work_seconds):
    async with asyncio.timeout(0.3):  # en: the consumer's own deadline, outside the generator | zh: 消费者自己的截止时间，在生成器之外
        agen = source(name)
        try:
            async for _ in agen:
                await asyncio.sleep(work_seconds)  # en: waiting in the consumer | zh: 在消费者中等待
        finally:
            await agen.aclose()


async def main():
    print("task waits inside the generator when cancelled:")
    try:
        await consume("fast consumer", 0)
    except TimeoutError:
        print("  timed out")
    print("task waits in the consumer's body when cancelled:")
    try:
        await consume("slow consumer", 1)
    except TimeoutError:
        print("  timed out")


asyncio.run(main())
