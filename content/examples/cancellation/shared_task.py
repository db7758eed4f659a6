# requires: python>=3.11
# en: Cancelling a task also cancels the task it is awaiting: one impatient waiter can kill work
# en: that others share. shield() keeps the shared task alive.
# zh: 取消一个任务，也会取消它正在等待的任务：一个等得不耐烦的等待方，就能让大家共用的工作半途而废。
# zh: shield() 可以让共享的任务继续运行。
import asyncio


async def load_config():
    await asyncio.sleep(0.2)
    return {"feature": True}


async def waiter(name, shared, patience, use_shield):
    try:
        async with asyncio.timeout(patience):
            if use_shield:
                return await asyncio.shield(shared)
            return await shared
    except TimeoutError:
        return f"{name}: gave up"


async def run(use_shield):
    # en: e.g. a cache fill several requests wait for
    # zh: 比如多个请求都在等的一次缓存填充
    shared = asyncio.create_task(load_config())
    results = await asyncio.gather(
        waiter("impatient", shared, 0.05, use_shield),
        waiter("patient", shared, 1.0, use_shield),
        return_exceptions=True,
    )
    print("  results:", [r if not isinstance(r, BaseException) else type(r).__name__ for r in results])
    print("  shared task cancelled:", shared.cancelled())


async def main():
    print("plain await:")
    await run(use_shield=False)
    print("await asyncio.shield(shared):")
    await run(use_shield=True)


asyncio.run(main())
