# requires: python>=3.11
# en: TaskGroup: when one task fails, its siblings are cancelled and
# en: the errors arrive together as an ExceptionGroup.
# zh: TaskGroup：一个任务失败，同组的其他任务都会被取消，
# zh: 所有错误汇总成一个 ExceptionGroup 一起抛出。
import asyncio


async def worker(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise  # en: never swallow cancellation | zh: 绝不能吞掉取消


async def broken(seconds: float) -> None:
    await asyncio.sleep(seconds)
    raise ConnectionError("backend down")


async def main() -> None:
    # en: Happy path: results are read from the tasks after the block.
    # zh: 正常情况：离开代码块之后，再从各个任务上读取结果。
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("a", 0.1))
        t2 = tg.create_task(worker("b", 0.2))
    print("results:", t1.result(), t2.result())

    # en: Failure: the group cancels the siblings and waits for them.
    # zh: 出错时：任务组会取消其他任务，并等它们结束。
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("c", 0.1))
            tg.create_task(broken(0.15))
            tg.create_task(worker("d", 0.5))
    except* ConnectionError as eg:
        for e in eg.exceptions:
            print(f"handled {type(e).__name__}: {e}")


asyncio.run(main())
