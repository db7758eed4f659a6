# requires: python>=3.11
# Where a cancellation lands depends on where the consumer's task is waiting.
import asyncio


async def source(name):
    try:
        for i in range(100):
            await asyncio.sleep(0.05)  # waiting inside the generator
            yield i
    except asyncio.CancelledError:
        print(f"  {name}: CancelledError inside the generator, at its await")
        raise
    except GeneratorExit:
        print(f"  {name}: GeneratorExit at the yield (closed, not cancelled)")
        raise


async def consume(name, work_seconds):
    async with asyncio.timeout(0.3):  # the consumer's own deadline, outside the generator
        agen = source(name)
        try:
            async for _ in agen:
                await asyncio.sleep(work_seconds)  # waiting in the consumer
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
